import { type AuditTrail, recordAlone, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import type { TokenService } from "./ports.js";

/**
 * Mails a reset link when the address belongs to a user. Raises nothing and does not wait for the delivery: the
 * caller answers the same, and as fast, whether or not the account exists; a mail failure is the mailer's to report.
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
    await recordAlone(this.trail, entry, context);
    if (!user || !this.mailer.enabled) return;
    const token = this.tokens.issueResetToken(user.email, user.hashedPassword);
    // Not awaited: an SMTP round trip only for registered addresses would tell them apart by the answer's time.
    void this.mailer.sendPasswordReset(user.email, token).catch(() => undefined);
  }
}
