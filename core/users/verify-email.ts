import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { EmailVerificationErrors } from "./email-verification-errors.js";

/**
 * Proves an address with the link sent to it: the link works once, until it expires, while it is the newest one
 * of its account, and only while the account still has the address it was sent to. Raises: auth.invalid_verify_token.
 */
export class VerifyEmail {
  constructor(
    private readonly secrets: Pick<SecretGenerator, "hash">,
    private readonly trail: AuditTrail,
  ) {}

  async execute(token: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const now = this.trail.clock.now();
    const verified = await recordedChange(
      this.trail,
      context,
      async ({ emailVerifications, users }) => {
        const pending = await emailVerifications.take(this.secrets.hash(token));
        if (!pending || pending.expiresAt <= now) return null;
        const user = await users.findByIdForUpdate(pending.userId);
        if (!user || user.email.toLowerCase() !== pending.email.toLowerCase()) return null;
        return users.update(user.id, { emailVerifiedAt: user.emailVerifiedAt ?? now });
      },
      (user) =>
        user && {
          action: "auth.email_verified",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { email: user.email },
        },
    );
    if (!verified) throw EmailVerificationErrors.invalidToken();
  }
}
