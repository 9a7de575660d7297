import type { Knex } from "knex";
import type { ModelObject } from "objection";
import type { AuditEvent, NewAuditEvent } from "../../../core/audit/audit-event.js";
import type { AuditFilters, AuditLog, AuditRecorder } from "../../../core/audit/ports.js";
import type { Page, Paged } from "../../../core/shared/page.js";
import { isUuid } from "../is-uuid.js";
import { containsPattern, type ListColumns, listPage } from "../list-page.js";
import { AuditEventModel } from "./audit-event-model.js";

/** Rows per query of an export: enough to keep round trips few, few enough to keep memory flat. */
const EXPORT_BATCH = 1_000;

/** The advisory lock key of the retention delete (any constant the app uses for nothing else). */
const PRUNE_LOCK = 0x61756469;

export interface AuditLogOptions {
  readonly exportBatch?: number;
}

const listColumns: ListColumns<"occurredAt"> = { searched: ["actor_email"], sortColumn: { occurredAt: "occurred_at" } };

type AuditEventRow = ModelObject<AuditEventModel>;

const toEvent = (row: AuditEventRow): AuditEvent => ({
  id: row.id,
  occurredAt: row.occurred_at,
  actorId: row.actor_id,
  actorEmail: row.actor_email,
  action: row.action,
  targetType: row.target_type,
  targetId: row.target_id,
  outcome: row.outcome,
  ipAddress: row.ip_address,
  userAgent: row.user_agent,
  details: row.details,
  organizationId: row.organization_id,
});

/** An id filter that no row can match when the value is no UUID (the column is uuid; asking would only raise). */
const NO_ROW = "00000000-0000-0000-0000-000000000000";
const uuidOrNone = (value: string): string => (isUuid(value) ? value : NO_ROW);

function filtered(rows: Knex.QueryBuilder, filters: AuditFilters): Knex.QueryBuilder {
  const { action, actionPrefix, actorId, targetId, involving, outcome, since, until, organizationId } = filters;
  return rows
    .modify((q) => action !== undefined && q.where("action", action))
    .modify(
      (q) => actionPrefix !== undefined && q.where("action", "like", `${actionPrefix.replace(/[\\%_]/g, "\\$&")}%`),
    )
    .modify((q) => actorId !== undefined && q.where("actor_id", uuidOrNone(actorId)))
    .modify((q) => targetId !== undefined && q.where("target_id", uuidOrNone(targetId)))
    .modify(
      (q) =>
        involving !== undefined &&
        q.where((who) => who.where("actor_id", uuidOrNone(involving)).orWhere("target_id", uuidOrNone(involving))),
    )
    .modify((q) => organizationId !== undefined && q.where("organization_id", uuidOrNone(organizationId)))
    .modify((q) => outcome !== undefined && q.where("outcome", outcome))
    .modify((q) => since !== undefined && q.where("occurred_at", ">=", since))
    .modify((q) => until !== undefined && q.where("occurred_at", "<=", until));
}

/**
 * The audit log on PostgreSQL or PGlite. Bound to a transaction (KnexUnitOfWork), `record` writes with the change
 * it records. The export reads in keyset batches (newest first, resuming after the last row read) rather than
 * through one long cursor: memory stays flat, and PGlite's single connection is never held for a whole download.
 */
export class ObjectionAuditLog implements AuditRecorder, AuditLog {
  private readonly exportBatch: number;

  constructor(
    private readonly knex: Knex,
    options: AuditLogOptions = {},
  ) {
    this.exportBatch = options.exportBatch ?? EXPORT_BATCH;
  }

  async record(event: NewAuditEvent): Promise<void> {
    await this.query().insert({
      occurred_at: event.occurredAt,
      actor_id: event.actorId,
      actor_email: event.actorEmail,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      outcome: event.outcome,
      ip_address: event.ipAddress,
      user_agent: event.userAgent,
      details: event.details,
      organization_id: event.organizationId ?? null,
    });
  }

  async list(page: Page, filters: AuditFilters): Promise<Paged<AuditEvent>> {
    const search = filters.actorEmailContains ?? null;
    const query = { search, sort: "occurredAt" as const, order: "desc" as const, filters: {} };
    const { rows, count } = await listPage(
      this.knex,
      filtered(this.knex("audit_event"), filters),
      page,
      query,
      listColumns,
    );
    return { data: (rows as unknown as AuditEventRow[]).map(toEvent), count };
  }

  async *stream(filters: AuditFilters): AsyncIterable<AuditEvent> {
    const search = filters.actorEmailContains;
    if (search?.includes("\u0000")) return;
    let after: AuditEventRow | undefined;
    for (;;) {
      const batch: AuditEventRow[] = await filtered(this.knex("audit_event"), filters)
        .modify((q) => search !== undefined && q.where("actor_email", "ilike", containsPattern(search)))
        .modify((q) => after !== undefined && q.whereRaw("(occurred_at, id) < (?, ?)", [after.occurred_at, after.id]))
        .orderBy([
          { column: "occurred_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .limit(this.exportBatch);
      for (const row of batch) yield toEvent(row);
      if (batch.length < this.exportBatch) return;
      after = batch.at(-1);
    }
  }

  /** One replica at a time (a transaction-scoped advisory lock); another that finds it taken prunes nothing. */
  async pruneBefore(cutoff: Date): Promise<number> {
    return this.knex.transaction(async (transaction) => {
      const taken = await transaction.raw("SELECT pg_try_advisory_xact_lock(?) AS locked", [PRUNE_LOCK]);
      if (!(taken.rows as { locked: boolean }[])[0]?.locked) return 0;
      const removed = await AuditEventModel.query(transaction)
        .delete()
        .where("occurred_at", "<", cutoff)
        .returning("id");
      return removed.length;
    });
  }

  private query() {
    return AuditEventModel.query(this.knex);
  }
}
