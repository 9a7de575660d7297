import type { SecretGenerator } from "../auth/session-ports.js";
import type { Clock } from "../shared/clock.js";
import type { UserRepository } from "../users/ports.js";
import { isPending, maskedEmail } from "./invitation.js";
import type { OrganizationRole } from "./organization.js";
import { OrganizationErrors } from "./organization-errors.js";
import type { InvitationRepository, OrganizationRepository } from "./ports.js";

/** What an invitation link offers, shown before anyone signs in: the invited address only masked. */
export interface InvitationPreview {
  readonly organizationName: string;
  readonly inviterEmail: string | null;
  readonly role: OrganizationRole;
  readonly emailMasked: string;
  readonly expiresAt: Date;
}

/** Reads a pending invitation by its token. Raises: organization.invalid_invitation. */
export class PreviewInvitation {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly secrets: SecretGenerator,
    private readonly clock: Clock,
  ) {}

  async execute(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findByTokenHash(this.secrets.hash(token));
    if (!invitation || !isPending(invitation, this.clock.now())) throw OrganizationErrors.invalidInvitation();
    const organization = await this.organizations.findById(invitation.organizationId);
    if (!organization) throw OrganizationErrors.invalidInvitation();
    const inviter = invitation.invitedBy === null ? null : await this.users.findById(invitation.invitedBy);
    return {
      organizationName: organization.name,
      inviterEmail: inviter?.email ?? null,
      role: invitation.role,
      emailMasked: maskedEmail(invitation.email),
      expiresAt: invitation.expiresAt,
    };
  }
}
