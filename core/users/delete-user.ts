import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import { type Actor, requireSuperuser } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";

/** An administrator deletes another account and everything it owns; the event keeps its e-mail. Raises: auth.insufficient_privileges, user.not_found, user.superuser_self_delete. */
export class DeleteUser {
  constructor(
    private readonly users: UserRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, userId: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    requireSuperuser(actor);
    const user = await this.users.findById(userId);
    if (!user) throw UserErrors.notFound();
    if (userId === actor.id) throw UserErrors.superuserSelfDelete();
    const removed = await recordedChange(
      this.trail,
      context,
      ({ users }) => users.remove(userId),
      async (done, { users }) =>
        done
          ? {
              action: "user.deleted",
              actor: await partyOf(users, actor.id),
              target: userTarget(userId),
              details: { email: user.email },
            }
          : null,
    );
    if (!removed) throw UserErrors.notFound();
  }
}
