import type { PasswordHasher, UserRepository } from "./ports.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";

export interface RegisterUserInput {
  readonly email: string;
  readonly password: string;
  readonly fullName: string | null;
}

/** Public sign-up: an active, regular account. Raises: user.email_taken. */
export class RegisterUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(input: RegisterUserInput): Promise<User> {
    if (await this.users.findByEmail(input.email)) throw UserErrors.emailTakenOnSignUp();
    const hashedPassword = await this.hasher.hash(input.password);
    const draft = { email: input.email, fullName: input.fullName, hashedPassword, isActive: true, isSuperuser: false };
    return refuseTakenEmail(this.users.add(draft), UserErrors.emailTakenOnSignUp);
  }
}
