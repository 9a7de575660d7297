import type { Knex } from "knex";
import type {
  Member,
  Membership,
  MyOrganization,
  NewMembership,
  NewOrganization,
  Organization,
  OrganizationRole,
} from "../../../core/organizations/organization.js";
import type { OrganizationRepository } from "../../../core/organizations/ports.js";
import type { Page, Paged } from "../../../core/shared/page.js";
import { isUuid } from "../is-uuid.js";

interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  created_at: Date | null;
}

interface MembershipRow {
  organization_id: string;
  user_id: string;
  role: OrganizationRole;
  created_at: Date | null;
}

const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  createdAt: row.created_at,
});

const toMembership = (row: MembershipRow): Membership => ({
  organizationId: row.organization_id,
  userId: row.user_id,
  role: row.role,
  createdAt: row.created_at,
});

const counted = (rows: { count?: string | number }[]): number => Number(rows[0]?.count ?? 0);

/** The OrganizationRepository on PostgreSQL or PGlite; `lock` is a row lock, held until the transaction ends. */
export class ObjectionOrganizationRepository implements OrganizationRepository {
  constructor(private readonly knex: Knex) {}

  async add(organization: NewOrganization): Promise<Organization | null> {
    const [row] = await this.knex<OrganizationRow>("organization")
      .insert({ name: organization.name, slug: organization.slug })
      .onConflict(this.knex.raw("(slug)"))
      .ignore()
      .returning("*");
    return row ? toOrganization(row) : null;
  }

  async findById(id: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    const row = await this.knex<OrganizationRow>("organization").where({ id }).first();
    return row ? toOrganization(row) : null;
  }

  async lock(id: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    const row = await this.knex<OrganizationRow>("organization").where({ id }).forUpdate().first();
    return row ? toOrganization(row) : null;
  }

  async rename(id: string, name: string): Promise<Organization | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.knex<OrganizationRow>("organization").update({ name }).where({ id }).returning("*");
    return row ? toOrganization(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.knex("organization").where({ id }).delete().returning("*")).length > 0;
  }

  async listOf(userId: string, page: Page): Promise<Paged<MyOrganization>> {
    if (!isUuid(userId)) return { data: [], count: 0 };
    const mine = () =>
      this.knex("organization").join("membership", "membership.organization_id", "organization.id").where({
        "membership.user_id": userId,
      });
    const [rows, total] = await Promise.all([
      mine()
        .select("organization.*", "membership.role")
        .orderBy([
          { column: "organization.created_at", order: "desc" },
          { column: "organization.id", order: "desc" },
        ])
        .offset(page.skip)
        .limit(page.limit),
      mine().count({ count: "*" }),
    ]);
    return {
      data: rows.map((row: OrganizationRow & { role: OrganizationRole }) => ({
        ...toOrganization(row),
        role: row.role,
      })),
      count: counted(total),
    };
  }

  async findMembership(organizationId: string, userId: string): Promise<Membership | null> {
    if (!isUuid(organizationId) || !isUuid(userId)) return null;
    const row = await this.memberships().where({ organization_id: organizationId, user_id: userId }).first();
    return row ? toMembership(row) : null;
  }

  async addMembership(membership: NewMembership): Promise<Membership | null> {
    const [row] = await this.memberships()
      .insert({ organization_id: membership.organizationId, user_id: membership.userId, role: membership.role })
      .onConflict(["organization_id", "user_id"])
      .ignore()
      .returning("*");
    return row ? toMembership(row) : null;
  }

  async changeRole(organizationId: string, userId: string, role: OrganizationRole): Promise<Membership | null> {
    if (!isUuid(organizationId) || !isUuid(userId)) return null;
    const [row] = await this.memberships()
      .update({ role })
      .where({ organization_id: organizationId, user_id: userId })
      .returning("*");
    return row ? toMembership(row) : null;
  }

  async removeMembership(organizationId: string, userId: string): Promise<boolean> {
    if (!isUuid(organizationId) || !isUuid(userId)) return false;
    return (
      (await this.memberships().where({ organization_id: organizationId, user_id: userId }).delete().returning("*"))
        .length > 0
    );
  }

  async countOwners(organizationId: string): Promise<number> {
    if (!isUuid(organizationId)) return 0;
    return counted(
      await this.memberships().where({ organization_id: organizationId, role: "owner" }).count({ count: "*" }),
    );
  }

  async hasMemberWithEmail(organizationId: string, email: string): Promise<boolean> {
    if (!isUuid(organizationId)) return false;
    const row = await this.knex("membership")
      .join("user", "user.id", "membership.user_id")
      .where({ "membership.organization_id": organizationId })
      .whereRaw('lower("user".email) = ?', [email.toLowerCase()])
      .first("membership.user_id");
    return row !== undefined;
  }

  async listMembers(organizationId: string, page: Page): Promise<Paged<Member>> {
    if (!isUuid(organizationId)) return { data: [], count: 0 };
    const members = () =>
      this.knex("membership")
        .join("user", "user.id", "membership.user_id")
        .where({ "membership.organization_id": organizationId });
    const [rows, total] = await Promise.all([
      members()
        .select("membership.*", "user.email", "user.full_name")
        .orderBy([
          { column: "membership.created_at", order: "asc" },
          { column: "membership.user_id", order: "asc" },
        ])
        .offset(page.skip)
        .limit(page.limit),
      members().count({ count: "*" }),
    ]);
    return {
      data: rows.map((row: MembershipRow & { email: string; full_name: string | null }) => ({
        ...toMembership(row),
        email: row.email,
        fullName: row.full_name,
      })),
      count: counted(total),
    };
  }

  private memberships() {
    return this.knex<MembershipRow>("membership");
  }
}
