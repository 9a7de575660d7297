import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { AuditEvent } from "../../../core/audit/audit-event.js";

const columns = [
  "id",
  "occurred_at",
  "actor_id",
  "actor_email",
  "action",
  "target_type",
  "target_id",
  "outcome",
  "ip_address",
  "user_agent",
  "details",
] as const;

type Row = Record<(typeof columns)[number], string | null>;

/** A spreadsheet reads a cell starting with one of these as a formula; a leading ' makes it text (OWASP). */
const formulaStart = /^[=+\-@\t\r]/;
const defused = (text: string | null): string | null => (text !== null && formulaStart.test(text) ? `'${text}` : text);

function row(event: AuditEvent): Row {
  const cells: Row = {
    id: event.id,
    occurred_at: event.occurredAt.toISOString(),
    actor_id: event.actorId,
    actor_email: event.actorEmail,
    action: event.action,
    target_type: event.targetType,
    target_id: event.targetId,
    outcome: event.outcome,
    ip_address: event.ipAddress,
    user_agent: event.userAgent,
    details: JSON.stringify(event.details),
  };
  return Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, defused(value)])) as Row;
}

async function* rows(first: AuditEvent | undefined, rest: AsyncIterator<AuditEvent>): AsyncIterable<Row> {
  try {
    if (first === undefined) return;
    yield row(first);
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield row(next.value);
  } finally {
    await rest.return?.();
  }
}

/**
 * The events as RFC 4180 CSV (csv-stringify quotes and escapes), header row first, produced as the response is
 * read: each row is written when the client takes it, so the log is never held in memory. The first event is read
 * before the answer starts, so a database that cannot answer is a 503, not a truncated 200.
 */
export async function auditCsv(events: AsyncIterable<AuditEvent>): Promise<Readable> {
  const iterator = events[Symbol.asyncIterator]();
  const first = await iterator.next();
  const csv = stringify({ header: true, columns: [...columns], record_delimiter: "\r\n" });
  // pipeline ends the reading when the client goes away; a failed read errors the response stream.
  return pipeline(Readable.from(rows(first.done ? undefined : first.value, iterator)), csv, () => undefined);
}
