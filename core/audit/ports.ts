import type { Page, Paged } from "../shared/page.js";
import type { AuditAction, AuditEvent, AuditOutcome, NewAuditEvent } from "./audit-event.js";

/** Writes events; bound to a unit of work, it writes in the transaction of the change it records. */
export interface AuditRecorder {
  record(event: NewAuditEvent): Promise<void>;
}

/** Narrows the log; an absent key keeps every value. */
export interface AuditFilters {
  readonly action?: AuditAction;
  /** Only actions whose name starts with this (`auth.`). */
  readonly actionPrefix?: string;
  readonly actorId?: string;
  readonly targetId?: string;
  /** Events whose actor or target is this user. */
  readonly involving?: string;
  readonly outcome?: AuditOutcome;
  /** Occurred at or after. */
  readonly since?: Date;
  /** Occurred at or before. */
  readonly until?: Date;
  /** A case-insensitive substring of the actor's e-mail (its `%`, `_` and `\` are plain characters). */
  readonly actorEmailContains?: string;
  /** Events that happened in this organisation. */
  readonly organizationId?: string;
}

/** Reads and prunes the log; it never updates an event. Every list runs newest first, ties by id. */
export interface AuditLog {
  list(page: Page, filters: AuditFilters): Promise<Paged<AuditEvent>>;
  /** Every matching event, newest first, read a few at a time: the caller never holds the whole log. */
  stream(filters: AuditFilters): AsyncIterable<AuditEvent>;
  /** Deletes the events that occurred before `cutoff`; gives how many. */
  pruneBefore(cutoff: Date): Promise<number>;
}
