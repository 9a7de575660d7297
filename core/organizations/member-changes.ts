import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { Member, Membership, OrganizationRole } from "./organization.js";
import { roleAtLeast } from "./organization.js";
import { OrganizationErrors } from "./organization-errors.js";

/** Only owners make, unmake or remove owners; admins manage members and admins. */
export function assertMayManage(callerRole: OrganizationRole, target: Membership, newRole?: OrganizationRole): void {
  if (!roleAtLeast(callerRole, "admin")) throw OrganizationErrors.forbidden();
  const touchesOwner = target.role === "owner" || newRole === "owner";
  if (touchesOwner && callerRole !== "owner") throw OrganizationErrors.forbidden();
}

/** Refuses a change that would take away the organisation's last owner (the caller holds the organisation's lock). */
export async function assertOwnerRemains(
  { organizations }: TransactionalRepositories,
  target: Membership,
  newRole: OrganizationRole | null,
): Promise<void> {
  if (target.role !== "owner" || newRole === "owner") return;
  if ((await organizations.countOwners(target.organizationId)) <= 1) throw OrganizationErrors.lastOwner();
}

/** The membership with the member's account details. */
export async function memberOf({ users }: TransactionalRepositories, membership: Membership): Promise<Member> {
  const user = await users.findById(membership.userId);
  return { ...membership, email: user?.email ?? "", fullName: user?.fullName ?? null };
}
