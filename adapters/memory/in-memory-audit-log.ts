import { randomUUID } from "node:crypto";
import type { AuditEvent, NewAuditEvent } from "../../core/audit/audit-event.js";
import type { AuditFilters, AuditLog, AuditRecorder } from "../../core/audit/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { lowerLikePostgres } from "./in-memory-list.js";
import type { InMemoryStore } from "./in-memory-store.js";

/** Newest first, ties by id in the same order, as the database orders the log. */
const newestFirst = (a: AuditEvent, b: AuditEvent): number =>
  b.occurredAt.getTime() - a.occurredAt.getTime() || Buffer.compare(Buffer.from(b.id), Buffer.from(a.id));

const matches =
  (filters: AuditFilters) =>
  (event: AuditEvent): boolean => {
    const { action, actionPrefix, actorId, targetId, involving, outcome, since, until, actorEmailContains } = filters;
    const { organizationId } = filters;
    const time = event.occurredAt.getTime();
    return (
      (action === undefined || event.action === action) &&
      (actionPrefix === undefined || event.action.startsWith(actionPrefix)) &&
      (actorId === undefined || event.actorId === actorId.toLowerCase()) &&
      (targetId === undefined || event.targetId === targetId.toLowerCase()) &&
      (involving === undefined || [event.actorId, event.targetId].includes(involving.toLowerCase())) &&
      (organizationId === undefined || event.organizationId === organizationId.toLowerCase()) &&
      (outcome === undefined || event.outcome === outcome) &&
      (since === undefined || time >= since.getTime()) &&
      (until === undefined || time <= until.getTime()) &&
      (actorEmailContains === undefined ||
        lowerLikePostgres(event.actorEmail ?? "").includes(lowerLikePostgres(actorEmailContains)))
    );
  };

/** A copy the caller cannot change the stored event through; details go through JSON, as jsonb does. */
const copy = (event: AuditEvent): AuditEvent =>
  Object.freeze({
    ...event,
    occurredAt: new Date(event.occurredAt),
    details: JSON.parse(JSON.stringify(event.details)),
  });

/** The audit log in process memory, behaving like the database one (append-only, newest first). */
export class InMemoryAuditLog implements AuditRecorder, AuditLog {
  constructor(private readonly store: InMemoryStore) {}

  async record(event: NewAuditEvent): Promise<void> {
    const id = randomUUID();
    this.store.auditEvents.set(id, copy({ ...event, organizationId: event.organizationId ?? null, id }));
  }

  async list(page: Page, filters: AuditFilters): Promise<Paged<AuditEvent>> {
    const matching = this.matching(filters);
    return { data: matching.slice(page.skip, page.skip + page.limit).map(copy), count: matching.length };
  }

  async *stream(filters: AuditFilters): AsyncIterable<AuditEvent> {
    for (const event of this.matching(filters)) yield copy(event);
  }

  async pruneBefore(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const [id, event] of this.store.auditEvents) {
      if (event.occurredAt.getTime() < cutoff.getTime()) {
        this.store.auditEvents.delete(id);
        removed += 1;
      }
    }
    return removed;
  }

  private matching(filters: AuditFilters): AuditEvent[] {
    return [...this.store.auditEvents.values()].filter(matches(filters)).sort(newestFirst);
  }
}
