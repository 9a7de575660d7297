import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import { AuthErrors } from "../auth/auth-errors.js";
import type { TokenService } from "../auth/ports.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "./ports.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";
import { updateDetails } from "./user-events.js";

/**
 * Undoes an e-mail change with the link sent to the old address: the account gets that address back and every one
 * of its sessions ends, so whoever changed it is signed out and the owner recovers the account by password reset.
 * The link works while the account still has the address it was changed to: once used (or after another change)
 * it is void. Raises: auth.invalid_revert_token, user.email_retaken.
 */
export class RevertEmail {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: Pick<TokenService, "readEmailRevertToken">,
    private readonly trail: AuditTrail,
  ) {}

  async execute(token: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const change = this.tokens.readEmailRevertToken(token);
    if (!change) throw AuthErrors.invalidRevertToken();
    const user = await this.users.findById(change.userId);
    if (user?.email !== change.changedTo) throw AuthErrors.invalidRevertToken();
    const write = recordedChange(
      this.trail,
      context,
      async ({ users, sessions }) => {
        const restored = await users.update(user.id, { email: change.previousEmail });
        if (!restored) return null;
        return { restored, revoked: await sessions.revokeAllOfUser(user.id, this.trail.clock.now(), null) };
      },
      (done) =>
        done && {
          action: "user.updated",
          actor: { id: null, email: change.previousEmail },
          target: userTarget(user.id),
          details: { ...updateDetails(user, done.restored, false), reverted: true, sessions_revoked: done.revoked },
        },
    );
    if (!(await refuseTakenEmail(write, UserErrors.emailRetaken))) throw AuthErrors.invalidRevertToken();
  }
}
