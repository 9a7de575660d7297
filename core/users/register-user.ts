import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import type { StartEmailVerification } from "./start-email-verification.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";

export interface RegisterUserInput {
  readonly email: string;
  readonly password: string;
  readonly fullName: string | null;
}

/** Public sign-up: an active, regular account with an unproved address, sent a verification link. Raises: user.email_taken. */
export class RegisterUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly trail: AuditTrail,
    private readonly verification: StartEmailVerification,
  ) {}

  async execute(input: RegisterUserInput, context: RequestContext = ANONYMOUS_CONTEXT): Promise<User> {
    if (await this.users.findByEmail(input.email)) throw UserErrors.emailTakenOnSignUp();
    const hashedPassword = await this.hasher.hash(input.password);
    const draft = { email: input.email, fullName: input.fullName, hashedPassword, isActive: true, isSuperuser: false };
    const write = recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const user = await repositories.users.add(draft);
        await this.verification.for(repositories, user);
        return user;
      },
      (user) => ({ action: "user.signed_up", actor: { id: user.id, email: user.email }, target: userTarget(user.id) }),
    );
    return refuseTakenEmail(write, UserErrors.emailTakenOnSignUp);
  }
}
