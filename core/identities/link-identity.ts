import { type AuditTrail, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";
import { UserErrors } from "../users/user-errors.js";
import type { LinkedIdentity, ProviderProfile } from "./identity.js";
import { IdentityErrors } from "./identity-errors.js";
import { identityLinked } from "./identity-events.js";
import { type IdentityRepository, IdentityTaken } from "./ports.js";

/**
 * A signed-in user links the provider account they just proved: from then on it signs them in. An identity linked
 * to them already is kept as it is. Raises: identity.linked_elsewhere, user.not_found.
 */
export class LinkIdentity {
  constructor(
    private readonly identities: IdentityRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, profile: ProviderProfile, context: RequestContext): Promise<LinkedIdentity> {
    const existing = await this.identities.findBySubject(profile.provider, profile.subject);
    if (existing && existing.userId !== actor.id) throw IdentityErrors.linkedToAnotherUser();
    if (existing) return existing;
    try {
      return await recordedChange(
        this.trail,
        context,
        async ({ users, identities }) => {
          const user = await users.findByIdForUpdate(actor.id);
          if (!user) throw UserErrors.notFound();
          const identity = await identities.add({
            userId: user.id,
            provider: profile.provider,
            subject: profile.subject,
            email: profile.email,
            createdAt: this.trail.clock.now(),
          });
          return { user, identity };
        },
        ({ user, identity }) => identityLinked(user, identity),
      ).then(({ identity }) => identity);
    } catch (error) {
      if (error instanceof IdentityTaken) throw IdentityErrors.linkedToAnotherUser();
      throw error;
    }
  }
}
