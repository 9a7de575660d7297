import { setTimeout as sleep } from "node:timers/promises";
import type { AuditLog, AuditRecorder } from "../../core/audit/ports.js";
import type { SessionRepository } from "../../core/auth/session-ports.js";
import type { IdentityRepository } from "../../core/identities/ports.js";
import { type ItemListQuery, NEWEST_ITEMS_FIRST } from "../../core/items/item-list-query.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { InvitationRepository, OrganizationRepository } from "../../core/organizations/ports.js";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { MfaChallengeRepository, TwoFactorRepository } from "../../core/two-factor/ports.js";
import type { EmailVerificationRepository } from "../../core/users/email-verification-ports.js";
import type { UserRepository } from "../../core/users/ports.js";

/** Empty repositories over one store, so a user's removal reaches their items and sessions, and a unit of work on it. */
export interface RepositoryFixture {
  readonly users: UserRepository;
  readonly items: ItemRepository;
  readonly sessions: SessionRepository;
  readonly organizations: OrganizationRepository;
  readonly invitations: InvitationRepository;
  readonly emailVerifications: EmailVerificationRepository;
  readonly identities: IdentityRepository;
  readonly unitOfWork: UnitOfWork;
  readonly audit: AuditRecorder & AuditLog;
  readonly twoFactor: TwoFactorRepository;
  readonly mfaChallenges: MfaChallengeRepository;
  /** Every stored row of a second-factor table, as plain values, read behind the repositories' back. */
  storedRows(table: "user_totp" | "recovery_code"): Promise<unknown[]>;
  /** Sets a stored row's created_at behind the repositories' back, so tests can make rows tie on it. */
  restamp(table: "user" | "item", id: string, createdAt: Date): Promise<void>;
}

/** Gives empty repositories for each test of a contract suite. */
export type FreshRepositories = () => Promise<RepositoryFixture>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const MISSING_ID = "00000000-0000-4000-8000-000000000000";

/** The list of one owner's items, newest first. */
export const ownedBy = (ownerId: string): ItemListQuery => ({ ...NEWEST_ITEMS_FIRST, filters: { ownerId } });

/**
 * Runs `add` for each input one after another, a few milliseconds apart: PGlite's clock has millisecond
 * resolution, so rows written in the same millisecond would tie on created_at and "newest first" would not say
 * which comes first.
 */
export async function addInOrder<I, T>(inputs: readonly I[], add: (input: I) => Promise<T>): Promise<T[]> {
  const added: T[] = [];
  for (const input of inputs) {
    if (added.length > 0) await sleep(3);
    added.push(await add(input));
  }
  return added;
}

const codePointOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Orders rows by `key` in code point order (the databases' C collation), then by id: a list's ascending order. */
export const byKeyThenId =
  <T extends { readonly id: string }>(key: (row: T) => string) =>
  (a: T, b: T): number =>
    codePointOrder(key(a), key(b)) || codePointOrder(a.id, b.id);

/**
 * The rows in the order of `groups` (each a list of keys that sort as equals, e.g. `["Apple", "apple"]`), a group's
 * rows ordered by id: a readable sort's expected ascending order, written out rather than computed.
 */
export const inReadableGroups = <T extends { readonly id: string }>(
  rows: readonly T[],
  key: (row: T) => string | null,
  groups: readonly (readonly (string | null)[])[],
): T[] =>
  groups.flatMap((group) => rows.filter((row) => group.includes(key(row))).sort((a, b) => codePointOrder(a.id, b.id)));
