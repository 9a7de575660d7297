import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";

/** A regular user deletes their account and everything they own; the event keeps their e-mail. Raises: user.superuser_self_delete, user.not_found. */
export class DeleteMe {
  constructor(
    private readonly users: UserRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    if (actor.isSuperuser) throw UserErrors.superuserSelfDelete();
    const user = await this.users.findById(actor.id);
    if (!user) throw UserErrors.notFound();
    const removed = await recordedChange(
      this.trail,
      context,
      ({ users }) => users.remove(actor.id),
      (done) =>
        done
          ? {
              action: "user.deleted",
              actor: { id: user.id, email: user.email },
              target: userTarget(user.id),
              details: { email: user.email },
            }
          : null,
    );
    if (!removed) throw UserErrors.notFound();
  }
}
