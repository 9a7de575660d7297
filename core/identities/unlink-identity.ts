import { type AuditTrail, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";
import { UserErrors } from "../users/user-errors.js";
import { IdentityErrors } from "./identity-errors.js";
import { identityUnlinked } from "./identity-events.js";
import type { OtherWaysIn } from "./other-ways-in.js";

/**
 * The caller removes one of their linked identities, unless it is their last way to sign in: no password, no other
 * identity and no other way in. Decided with the user's row locked, so two removals cannot each leave the other one
 * as the last. Raises: identity.not_found, identity.last_way_in.
 */
export class UnlinkIdentity {
  constructor(
    private readonly trail: AuditTrail,
    private readonly otherWaysIn: OtherWaysIn,
  ) {}

  async execute(actor: Actor, identityId: string, context: RequestContext): Promise<void> {
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const { users, identities } = repositories;
        const user = await users.findByIdForUpdate(actor.id);
        if (!user) throw UserErrors.notFound();
        const mine = await identities.listOfUser(user.id);
        const identity = mine.find((each) => each.id === identityId);
        if (!identity) throw IdentityErrors.notFound();
        const remaining = mine.length - 1 + (user.hashedPassword === null ? 0 : 1);
        if (remaining === 0 && (await this.otherWaysIn.count(user.id, repositories)) === 0)
          throw IdentityErrors.lastWayIn();
        await identities.remove(user.id, identity.id);
        return { user, identity };
      },
      ({ user, identity }) => identityUnlinked(user, identity),
    );
  }
}
