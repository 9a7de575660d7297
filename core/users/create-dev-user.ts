import type { PasswordHasher, UserRepository } from "./ports.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";

export interface CreateDevUserInput {
  readonly email: string;
  readonly password: string;
  readonly fullName: string;
}

/** Local-only shortcut for tests and demos: an active, regular account, no rules on the inputs. Raises: user.email_taken. */
export class CreateDevUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(input: CreateDevUserInput): Promise<User> {
    const hashedPassword = await this.hasher.hash(input.password);
    const draft = { email: input.email, fullName: input.fullName, hashedPassword, isActive: true, isSuperuser: false };
    return refuseTakenEmail(this.users.add(draft), UserErrors.emailTakenOnSignUp);
  }
}
