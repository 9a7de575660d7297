import { randomUUID } from "node:crypto";
import type {
  Member,
  Membership,
  MyOrganization,
  NewMembership,
  NewOrganization,
  Organization,
  OrganizationRole,
} from "../../core/organizations/organization.js";
import type { OrganizationRepository } from "../../core/organizations/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { detached, type InMemoryStore, membershipKey } from "./in-memory-store.js";

const newestFirst = (a: Organization, b: Organization): number =>
  (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) || (a.id < b.id ? 1 : -1);

const oldestFirst = (a: Membership, b: Membership): number =>
  (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || (a.userId < b.userId ? -1 : 1);

const pageOf = <T>(rows: T[], page: Page): Paged<T> => ({
  data: rows.slice(page.skip, page.skip + page.limit),
  count: rows.length,
});

/**
 * The OrganizationRepository in process memory. Units of work run one at a time here, so `lock` has nothing to
 * wait for; the foreign keys and cascades are the database's.
 */
export class InMemoryOrganizationRepository implements OrganizationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async add(draft: NewOrganization): Promise<Organization | null> {
    if ([...this.store.organizations.values()].some((row) => row.slug === draft.slug)) return null;
    const organization: Organization = {
      id: randomUUID(),
      name: draft.name,
      slug: draft.slug,
      createdAt: this.store.nextCreatedAt(),
    };
    this.store.organizations.set(organization.id, organization);
    return detached(organization);
  }

  async findById(id: string): Promise<Organization | null> {
    const row = this.store.organizations.get(id.toLowerCase());
    return row ? detached(row) : null;
  }

  lock(id: string): Promise<Organization | null> {
    return this.findById(id);
  }

  async rename(id: string, name: string): Promise<Organization | null> {
    const row = this.store.organizations.get(id.toLowerCase());
    if (!row) return null;
    const renamed = { ...row, name };
    this.store.organizations.set(row.id, renamed);
    return detached(renamed);
  }

  async remove(id: string): Promise<boolean> {
    const key = id.toLowerCase();
    if (!this.store.organizations.delete(key)) return false;
    for (const [k, row] of [...this.store.memberships])
      if (row.organizationId === key) this.store.memberships.delete(k);
    for (const [k, row] of [...this.store.invitations])
      if (row.organizationId === key) this.store.invitations.delete(k);
    for (const table of this.store.ownedTables().values()) {
      for (const [k, row] of [...table]) if (belongsTo(row, key)) table.delete(k);
    }
    return true;
  }

  async listOf(userId: string, page: Page): Promise<Paged<MyOrganization>> {
    const mine: MyOrganization[] = [];
    for (const membership of this.store.memberships.values()) {
      if (membership.userId !== userId.toLowerCase()) continue;
      const organization = this.store.organizations.get(membership.organizationId);
      if (organization) mine.push({ ...detached(organization), role: membership.role });
    }
    return pageOf(mine.sort(newestFirst), page);
  }

  async findMembership(organizationId: string, userId: string): Promise<Membership | null> {
    const row = this.store.memberships.get(membershipKey(organizationId.toLowerCase(), userId.toLowerCase()));
    return row ? { ...row } : null;
  }

  async addMembership(draft: NewMembership): Promise<Membership | null> {
    if (!this.store.organizations.has(draft.organizationId)) throw new Error(`no organization ${draft.organizationId}`);
    if (!this.store.users.has(draft.userId)) throw new Error(`no user ${draft.userId}`);
    const key = membershipKey(draft.organizationId, draft.userId);
    if (this.store.memberships.has(key)) return null;
    const membership: Membership = { ...draft, createdAt: this.store.nextCreatedAt() };
    this.store.memberships.set(key, membership);
    return { ...membership };
  }

  async changeRole(organizationId: string, userId: string, role: OrganizationRole): Promise<Membership | null> {
    const key = membershipKey(organizationId.toLowerCase(), userId.toLowerCase());
    const row = this.store.memberships.get(key);
    if (!row) return null;
    const changed = { ...row, role };
    this.store.memberships.set(key, changed);
    return { ...changed };
  }

  async removeMembership(organizationId: string, userId: string): Promise<boolean> {
    return this.store.memberships.delete(membershipKey(organizationId.toLowerCase(), userId.toLowerCase()));
  }

  async countOwners(organizationId: string): Promise<number> {
    return this.membershipsOf(organizationId).filter((row) => row.role === "owner").length;
  }

  async hasMemberWithEmail(organizationId: string, email: string): Promise<boolean> {
    return this.membershipsOf(organizationId).some(
      (row) => this.store.users.get(row.userId)?.email.toLowerCase() === email.toLowerCase(),
    );
  }

  async listMembers(organizationId: string, page: Page): Promise<Paged<Member>> {
    const members: Member[] = [];
    for (const membership of this.membershipsOf(organizationId).sort(oldestFirst)) {
      const user = this.store.users.get(membership.userId);
      if (user) members.push({ ...membership, email: user.email, fullName: user.fullName });
    }
    return pageOf(members, page);
  }

  private membershipsOf(organizationId: string): Membership[] {
    const key = organizationId.toLowerCase();
    return [...this.store.memberships.values()].filter((row) => row.organizationId === key);
  }
}

/** Whether a row of an owned table is one of the organisation's (organisation-scoped resources carry its id). */
const belongsTo = (row: object, organizationId: string): boolean =>
  "organizationId" in row && row.organizationId === organizationId;
