import type { Actor } from "../shared/actor.js";
import type { Membership, Organization, OrganizationRole } from "./organization.js";
import { roleAtLeast } from "./organization.js";
import { OrganizationErrors } from "./organization-errors.js";
import type { OrganizationRepository } from "./ports.js";

/** An organisation and the caller's membership of it. */
export interface OrganizationAccess {
  readonly organization: Organization;
  readonly membership: Membership;
}

/**
 * The organisation and the actor's membership, when the actor is a member holding at least `needed`. A non-member
 * (a platform superuser included) is told the organisation does not exist, so ids reveal nothing; a member lacking
 * the role is refused. With `lock`, the organisation's row stays locked for the rest of the unit of work.
 */
export async function requireRole(
  organizations: OrganizationRepository,
  actor: Actor,
  organizationId: string,
  needed: OrganizationRole,
  options: { readonly lock?: boolean } = {},
): Promise<OrganizationAccess> {
  const organization = options.lock
    ? await organizations.lock(organizationId)
    : await organizations.findById(organizationId);
  if (!organization) throw OrganizationErrors.notFound();
  const membership = await organizations.findMembership(organization.id, actor.id);
  if (!membership) throw OrganizationErrors.notFound();
  if (!roleAtLeast(membership.role, needed)) throw OrganizationErrors.forbidden();
  return { organization, membership };
}
