import { type AuditTrail, auditEvent, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import type { TokenService } from "./ports.js";

/**
 * Queues a reset link when the address belongs to a user. Raises nothing and never waits for SMTP: the caller
 * answers the same, and as fast, whether or not the account exists; the e-mail queue's worker delivers the link.
 * Every request is recorded (`auth.password_reset_requested`, the address asked for), known account or not, so the
 * work done does not tell them apart either.
 */
export class RequestPasswordReset {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly mailer: Mailer,
    private readonly trail: AuditTrail,
  ) {}

  async execute(email: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const user = await this.users.findByEmail(email);
    const entry = {
      action: "auth.password_reset_requested",
      actor: { id: null, email },
      target: user ? userTarget(user.id) : null,
      details: { mailed: user !== null && this.mailer.enabled },
    } as const;
    await this.trail.unitOfWork.run(async ({ audit, jobs }) => {
      await audit.record(auditEvent(this.trail, entry, context));
      if (!user) return;
      const token = this.tokens.issueResetToken(user.email, user.hashedPassword);
      await queueEmail(this.mailer, jobs, { kind: "password_reset", to: user.email, token });
    });
  }
}
