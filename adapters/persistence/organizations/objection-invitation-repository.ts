import type { Knex } from "knex";
import type { Invitation, NewInvitation } from "../../../core/organizations/invitation.js";
import type { OrganizationRole } from "../../../core/organizations/organization.js";
import type { InvitationRepository } from "../../../core/organizations/ports.js";
import { isUuid } from "../is-uuid.js";

interface InvitationRow {
  id: string;
  organization_id: string;
  email: string;
  role: OrganizationRole;
  token_hash: string;
  invited_by: string | null;
  created_at: Date | null;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const toInvitation = (row: InvitationRow): Invitation => ({
  id: row.id,
  organizationId: row.organization_id,
  email: row.email,
  role: row.role,
  tokenHash: row.token_hash,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
  revokedAt: row.revoked_at,
});

/**
 * The InvitationRepository on PostgreSQL or PGlite. Accepting and revoking are single conditional UPDATEs:
 * PostgreSQL re-checks the condition once a concurrent writer's row lock is released, so only one of them wins.
 */
export class ObjectionInvitationRepository implements InvitationRepository {
  constructor(private readonly knex: Knex) {}

  async add(invitation: NewInvitation): Promise<Invitation> {
    const [row] = await this.rows()
      .insert({
        organization_id: invitation.organizationId,
        email: invitation.email,
        role: invitation.role,
        token_hash: invitation.tokenHash,
        invited_by: invitation.invitedBy,
        expires_at: invitation.expiresAt,
      })
      .returning("*");
    return toInvitation(row as InvitationRow);
  }

  async findById(id: string): Promise<Invitation | null> {
    if (!isUuid(id)) return null;
    const row = await this.rows().where({ id }).first();
    return row ? toInvitation(row) : null;
  }

  async findByTokenHash(hash: string): Promise<Invitation | null> {
    const row = await this.rows().where({ token_hash: hash }).first();
    return row ? toInvitation(row) : null;
  }

  async revokeOpenFor(organizationId: string, email: string, at: Date): Promise<number> {
    if (!isUuid(organizationId)) return 0;
    return (
      await this.open().where({ organization_id: organizationId, email }).update({ revoked_at: at }).returning("id")
    ).length;
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.open().where({ id }).update({ revoked_at: at }).returning("id")).length > 0;
  }

  async accept(id: string, at: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (
      (await this.open().where({ id }).where("expires_at", ">", at).update({ accepted_at: at }).returning("id"))
        .length > 0
    );
  }

  async listPending(organizationId: string, now: Date): Promise<Invitation[]> {
    if (!isUuid(organizationId)) return [];
    const rows = await this.open()
      .where({ organization_id: organizationId })
      .where("expires_at", ">", now)
      .orderBy([
        { column: "created_at", order: "desc" },
        { column: "id", order: "desc" },
      ]);
    return rows.map(toInvitation);
  }

  async deleteEnded(cutoff: Date): Promise<number> {
    const deleted = await this.rows()
      .where("accepted_at", "<", cutoff)
      .orWhere("revoked_at", "<", cutoff)
      .orWhere("expires_at", "<", cutoff)
      .delete()
      .returning("id");
    return deleted.length;
  }

  private rows() {
    return this.knex<InvitationRow>("invitation");
  }

  private open() {
    return this.rows().whereNull("accepted_at").whereNull("revoked_at");
  }
}
