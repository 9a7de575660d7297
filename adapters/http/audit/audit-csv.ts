import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { AuditEvent } from "../../../core/audit/audit-event.js";
import { type AuditEventPublic, auditEventPublic } from "./audit-shapes.js";

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
] as const satisfies readonly (keyof AuditEventPublic)[];

type Row = Record<(typeof columns)[number], string | null>;

/** A spreadsheet reads a cell starting with one of these as a formula; a leading ' makes it text (OWASP). */
const formulaStart = /^[=+\-@\t\r]/;
const defused = (text: string | null): string | null => (text !== null && formulaStart.test(text) ? `'${text}` : text);

function row(event: AuditEvent): Row {
  const view = auditEventPublic(event);
  const cells = { ...view, occurred_at: view.occurred_at.toISOString(), details: JSON.stringify(view.details) };
  return Object.fromEntries(columns.map((column) => [column, defused(cells[column])])) as Row;
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
