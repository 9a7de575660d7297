import type { AuditEvent } from "../../core/audit/audit-event.js";
import type { Session } from "../../core/auth/session.js";
import type { Invitation } from "../../core/organizations/invitation.js";
import type { Membership, Organization } from "../../core/organizations/organization.js";
import type { User } from "../../core/users/user.js";

/** A stored row: anything with an id and an insertion time. */
export interface StoredRow {
  readonly id: string;
  readonly createdAt: Date | null;
}

/** A stored row that belongs to a user: removed with them, like a foreign key with ON DELETE CASCADE. */
export interface OwnedRow extends StoredRow {
  readonly ownerId: string;
}

/** A job of the in-memory queue, as its table row. */
export interface StoredJob {
  readonly id: string;
  readonly queue: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly traceId: string | null;
  readonly state: "created" | "retry" | "active" | "completed" | "failed";
  /** Failed attempts so far that were given another try. */
  readonly retries: number;
  readonly maxAttempts: number;
  readonly retryDelaySeconds: number;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
  readonly startAfter: Date;
  readonly lastError: string | null;
  /** Set on a scheduled job: the schedule and its slot, one job per slot. */
  readonly scheduleSlot: string | null;
  /** Enqueue order: jobs are taken oldest first. */
  readonly sequence: number;
}

/** How a queue of the in-memory job queue retries. */
export interface StoredQueuePolicy {
  readonly maxAttempts: number;
  readonly retryDelaySeconds: number;
}

/** The tables the in-memory repositories share, so deleting a user can cascade to their sessions and owned rows. */
export class InMemoryStore {
  readonly users = new Map<string, User>();
  readonly sessions = new Map<string, Session>();
  private readonly owned = new Map<string, Map<string, OwnedRow>>();
  readonly auditEvents = new Map<string, AuditEvent>();
  readonly jobs = new Map<string, StoredJob>();
  readonly organizations = new Map<string, Organization>();
  /** Keyed by `membershipKey`. */
  readonly memberships = new Map<string, Membership>();
  readonly invitations = new Map<string, Invitation>();
  /** The declared job queues; configuration, shared by every copy. */
  jobQueues = new Map<string, StoredQueuePolicy>();
  private lastTimestamp = 0;

  /** The table of a resource whose rows belong to a user (items, generated resources), created on first use. */
  ownedTable<T extends OwnedRow>(name: string): Map<string, T> {
    let table = this.owned.get(name);
    if (!table) {
      table = new Map();
      this.owned.set(name, table);
    }
    return table as Map<string, T>;
  }

  /** Every table made by `ownedTable`, by name. */
  ownedTables(): ReadonlyMap<string, Map<string, OwnedRow>> {
    return this.owned;
  }

  /**
   * The insertion time of a new row. It always moves forward, even within one millisecond, so
   * "newest first" has no ties and pages are deterministic, as they are in the database.
   */
  nextCreatedAt(): Date {
    this.lastTimestamp = Math.max(Date.now(), this.lastTimestamp + 1);
    return new Date(this.lastTimestamp);
  }

  /** A store holding the same rows in tables of its own (rows are never changed in place, only replaced). */
  copy(): InMemoryStore {
    const copy = new InMemoryStore();
    for (const [id, row] of this.users) copy.users.set(id, row);
    for (const [id, row] of this.sessions) copy.sessions.set(id, row);
    for (const [id, row] of this.auditEvents) copy.auditEvents.set(id, row);
    for (const [id, row] of this.jobs) copy.jobs.set(id, row);
    for (const [id, row] of this.organizations) copy.organizations.set(id, row);
    for (const [id, row] of this.memberships) copy.memberships.set(id, row);
    for (const [id, row] of this.invitations) copy.invitations.set(id, row);
    copy.jobQueues = this.jobQueues;
    for (const [name, rows] of this.owned) copy.owned.set(name, new Map(rows));
    copy.lastTimestamp = this.lastTimestamp;
    return copy;
  }

  /** Moves the insertion clock past every time `other` handed out. */
  catchUpWith(other: InMemoryStore): void {
    this.lastTimestamp = Math.max(this.lastTimestamp, other.lastTimestamp);
  }
}

/** The key of a membership in the store: one per organisation and user. */
export const membershipKey = (organizationId: string, userId: string): string => `${organizationId}:${userId}`;

/** A copy the caller cannot use to change the stored row: frozen, with its own Date. */
export function detached<T extends StoredRow>(row: T): T {
  return Object.freeze({ ...row, createdAt: row.createdAt === null ? null : new Date(row.createdAt) });
}

/** Copies the named fields the patch sets; an absent or undefined key leaves the field as it is. */
export function applyPatch<T extends object>(row: T, patch: NoInfer<Partial<T>>, fields: readonly (keyof T)[]): T {
  const next = { ...row } as { -readonly [K in keyof T]: T[K] };
  for (const field of fields) {
    const value = patch[field];
    if (value !== undefined) next[field] = value;
  }
  return next;
}
