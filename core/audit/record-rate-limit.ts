import type { RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { type AuditTrail, recordAlone, userTarget } from "./audit-trail.js";

/**
 * Records a request refused by an abuse limit (`auth.rate_limited`): which operation, and the account it named
 * (its e-mail as sent, and the user when one has it). Nothing changed, so the event stands alone. Raises nothing.
 */
export class RecordRateLimit {
  constructor(
    private readonly users: UserRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(operation: string, account: string | null, context: RequestContext): Promise<void> {
    const user = account === null ? null : await this.users.findByEmail(account);
    const entry = {
      action: "auth.rate_limited",
      outcome: "failure",
      actor: account === null ? null : { id: null, email: account },
      target: user ? userTarget(user.id) : null,
      details: { operation },
    } as const;
    await recordAlone(this.trail, entry, context);
  }
}
