import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Invitation } from "./invitation.js";
import { requireRole } from "./organization-access.js";
import type { InvitationRepository, OrganizationRepository } from "./ports.js";

/** An organisation's pending invitations, newest first, for its admins. Raises: organization.not_found, organization.forbidden. */
export class ListInvitations {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, organizationId: string): Promise<Invitation[]> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "admin");
    return this.invitations.listPending(organization.id, this.clock.now());
  }
}
