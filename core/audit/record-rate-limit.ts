import type { RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { type AuditTrail, recordAlone, userTarget } from "./audit-trail.js";

/** How many requests one client's refusal window turned away, and how many distinct accounts they named. */
export interface RefusalCount {
  readonly refused: number;
  readonly accounts: number;
}

/**
 * Records the requests one client had refused by an abuse limit in one window (`auth.rate_limited`): which
 * operation, how many, and the first account named (its e-mail as sent, and the user when one has it). Nothing
 * changed, so the event stands alone.
 */
export class RecordRateLimit {
  constructor(
    private readonly users: UserRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(
    operation: string,
    account: string | null,
    context: RequestContext,
    count: RefusalCount = { refused: 1, accounts: account === null ? 0 : 1 },
  ): Promise<void> {
    const user = account === null ? null : await this.users.findByEmail(account);
    const entry = {
      action: "auth.rate_limited",
      outcome: "failure",
      actor: account === null ? null : { id: null, email: account },
      target: user ? userTarget(user.id) : null,
      details: { operation, count: count.refused, accounts: count.accounts },
    } as const;
    await recordAlone(this.trail, entry, context);
  }
}
