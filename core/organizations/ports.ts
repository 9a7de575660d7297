import type { Page, Paged } from "../shared/page.js";
import type { Invitation, NewInvitation } from "./invitation.js";
import type {
  Member,
  Membership,
  MyOrganization,
  NewMembership,
  NewOrganization,
  Organization,
  OrganizationRole,
} from "./organization.js";

/** Stores organisations and their memberships; a membership goes with its organisation and with its user. */
export interface OrganizationRepository {
  /** Adds the organisation, or gives null when its slug is taken (nothing written then). */
  add(organization: NewOrganization): Promise<Organization | null>;
  findById(id: string): Promise<Organization | null>;
  /**
   * The organisation, its row locked until the unit of work ends: membership changes of one organisation take
   * turns behind this lock, so two of them cannot both count the same owners.
   */
  lock(id: string): Promise<Organization | null>;
  rename(id: string, name: string): Promise<Organization | null>;
  /** Deletes it with its memberships and invitations; false when there was none. */
  remove(id: string): Promise<boolean>;
  /** The user's organisations with their role, newest first. */
  listOf(userId: string, page: Page): Promise<Paged<MyOrganization>>;
  findMembership(organizationId: string, userId: string): Promise<Membership | null>;
  /** Adds the membership, or gives null when the user is a member already. */
  addMembership(membership: NewMembership): Promise<Membership | null>;
  changeRole(organizationId: string, userId: string, role: OrganizationRole): Promise<Membership | null>;
  removeMembership(organizationId: string, userId: string): Promise<boolean>;
  countOwners(organizationId: string): Promise<number>;
  /** Whether a member's account has this e-mail address, compared case-insensitively. */
  hasMemberWithEmail(organizationId: string, email: string): Promise<boolean>;
  /** The members with their account details, oldest membership first. */
  listMembers(organizationId: string, page: Page): Promise<Paged<Member>>;
}

/** Stores invitations; token hashes are unique, and an organisation has at most one pending one per e-mail. */
export interface InvitationRepository {
  add(invitation: NewInvitation): Promise<Invitation>;
  findById(id: string): Promise<Invitation | null>;
  findByTokenHash(hash: string): Promise<Invitation | null>;
  /** Revokes the unaccepted, unrevoked invitations of `email` to the organisation; gives how many. */
  revokeOpenFor(organizationId: string, email: string, at: Date): Promise<number>;
  /** Revokes one unaccepted, unrevoked invitation; false when there is none. */
  revoke(id: string, at: Date): Promise<boolean>;
  /**
   * Marks the invitation accepted at `at` only while it is unaccepted, unrevoked and unexpired then: the check and
   * the write are one step, so of two acceptances exactly one succeeds.
   */
  accept(id: string, at: Date): Promise<boolean>;
  /** The organisation's invitations pending at `now`, newest first. */
  listPending(organizationId: string, now: Date): Promise<Invitation[]>;
  /** Deletes the invitations accepted, revoked or expired before `cutoff`; gives how many. */
  deleteEnded(cutoff: Date): Promise<number>;
}
