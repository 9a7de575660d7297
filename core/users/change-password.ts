import { type AuditTrail, recordAlone, recordedChange, userTarget } from "../audit/audit-trail.js";
import { updateRevokingSessions } from "../auth/session-revocation.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";
import { passwordChanged } from "./user-notices.js";

/** A user replaces their password, proving the current one (a wrong one is recorded); their other sessions end. Raises: user.incorrect_password, user.same_password, user.not_found. */
export class ChangePassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user) throw UserErrors.notFound();
    const check = user.hashedPassword
      ? await this.hasher.verify(currentPassword, user.hashedPassword)
      : { valid: false, needsRehash: false };
    if (!check.valid) {
      await recordAlone(
        this.trail,
        {
          action: "auth.password_changed",
          outcome: "failure",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { reason: "incorrect_password" },
        },
        context,
      );
      throw UserErrors.incorrectPassword();
    }
    if (currentPassword === newPassword) throw UserErrors.samePassword();
    const patch = { hashedPassword: await this.hasher.hash(newPassword) };
    const updated = await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const now = this.trail.clock.now();
        const done = await updateRevokingSessions(repositories, user.id, patch, context.sessionId, now);
        if (done) await queueEmail(this.mailer, repositories.jobs, passwordChanged(done.user.email, now));
        return done;
      },
      (done) =>
        done && {
          action: "auth.password_changed",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { sessions_revoked: done.sessionsRevoked },
        },
    );
    if (!updated) throw UserErrors.notFound();
  }
}
