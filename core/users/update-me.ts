import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "./ports.js";
import type { StartEmailVerification } from "./start-email-verification.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";
import { updateDetails } from "./user-events.js";
import { type EmailRevertTokens, emailChanged, emailChangeNotice, unprovedIfMoved } from "./user-notices.js";

export interface UpdateMeInput {
  readonly email?: string;
  readonly fullName?: string | null;
}

/** A user edits their own name or e-mail; a changed e-mail is announced to the old address and is unproved until its verification link is used. Raises: user.email_in_use, user.not_found. */
export class UpdateMe {
  constructor(
    private readonly users: UserRepository,
    private readonly mailer: Mailer,
    private readonly trail: AuditTrail,
    private readonly revertTokens: EmailRevertTokens,
    private readonly verification: StartEmailVerification,
  ) {}

  async execute(actor: Actor, input: UpdateMeInput, context: RequestContext = ANONYMOUS_CONTEXT): Promise<User> {
    const before = await this.users.findById(actor.id);
    if (!before) throw UserErrors.notFound();
    if (input.email !== undefined) {
      const owner = await this.users.findByEmail(input.email);
      if (owner && owner.id !== actor.id) throw UserErrors.emailInUse();
    }
    const write = recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const user = await repositories.users.update(actor.id, unprovedIfMoved(before, input));
        const notice = user && emailChangeNotice(this.revertTokens, before, user);
        if (notice) await queueEmail(this.mailer, repositories.jobs, notice);
        if (user && emailChanged(before, user)) await this.verification.for(repositories, user);
        return user;
      },
      (user) =>
        user && {
          action: "user.updated",
          actor: { id: actor.id, email: before.email },
          target: userTarget(actor.id),
          details: updateDetails(before, user, false),
        },
    );
    const updated = await refuseTakenEmail(write, UserErrors.emailInUse);
    if (!updated) throw UserErrors.notFound();
    return updated;
  }
}
