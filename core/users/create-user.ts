import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import { type Actor, requireSuperuser } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import type { StartEmailVerification } from "./start-email-verification.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";

export interface CreateUserInput {
  readonly email: string;
  readonly password: string;
  readonly fullName: string | null;
  readonly isActive: boolean;
  readonly isSuperuser: boolean;
}

/** An administrator creates an account with an unproved address and, when e-mail is on, the new user is told and sent a verification link. Raises: auth.insufficient_privileges, user.email_registered. */
export class CreateUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly mailer: Mailer,
    private readonly trail: AuditTrail,
    private readonly verification: StartEmailVerification,
  ) {}

  async execute(actor: Actor, input: CreateUserInput, context: RequestContext = ANONYMOUS_CONTEXT): Promise<User> {
    requireSuperuser(actor);
    if (await this.users.findByEmail(input.email)) throw UserErrors.emailTakenOnCreate();
    const { password, ...profile } = input;
    const draft = { ...profile, hashedPassword: await this.hasher.hash(password) };
    const write = recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const user = await repositories.users.add(draft);
        await queueEmail(this.mailer, repositories.jobs, { kind: "new_account", to: user.email });
        await this.verification.for(repositories, user);
        return user;
      },
      async (user, { users }) => ({
        action: "user.created",
        actor: await partyOf(users, actor.id),
        target: userTarget(user.id),
        details: { email: user.email, is_active: user.isActive, is_superuser: user.isSuperuser },
      }),
    );
    return refuseTakenEmail(write, UserErrors.emailTakenOnCreate);
  }
}
