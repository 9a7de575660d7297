/** A role a user holds in one organisation; the platform superuser is none of these. */
export const ORGANIZATION_ROLES = ["member", "admin", "owner"] as const;

export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** A group of users who share the resources scoped to it. */
export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly createdAt: Date | null;
}

export type NewOrganization = Omit<Organization, "id" | "createdAt">;

/** An organisation as one of its members sees it in their list: with their role. */
export interface MyOrganization extends Organization {
  readonly role: OrganizationRole;
}

/** A user's place in an organisation. */
export interface Membership {
  readonly organizationId: string;
  readonly userId: string;
  readonly role: OrganizationRole;
  readonly createdAt: Date | null;
}

export type NewMembership = Omit<Membership, "createdAt">;

/** A membership with the member's account details, for the members list. */
export interface Member extends Membership {
  readonly email: string;
  readonly fullName: string | null;
}

const RANK: Record<OrganizationRole, number> = { member: 1, admin: 2, owner: 3 };

/** Whether `role` includes everything `needed` may do. */
export const roleAtLeast = (role: OrganizationRole, needed: OrganizationRole): boolean => RANK[role] >= RANK[needed];

export const isOrganizationRole = (value: string): value is OrganizationRole =>
  (ORGANIZATION_ROLES as readonly string[]).includes(value);

/** The longest slug; the name is 255 at most. */
const MAX_SLUG = 60;

/** A URL-friendly form of a name: lower-case ASCII letters and digits joined by single dashes. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, "");
  return slug === "" ? "organization" : slug;
}

/** The `n`-th candidate slug for a name whose plain slug is taken: `acme`, `acme-2`, `acme-3`, … */
export const slugCandidate = (base: string, n: number): string => (n <= 1 ? base : `${base}-${n}`);
