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

/**
 * A spreadsheet reads a cell, or any line of a multi-line cell, starting with one of these as a formula; a leading '
 * makes it text (OWASP). Every line start is defused, not only the cell's: a reader that mis-splits records on a lone
 * line break would otherwise meet a live formula at the start of a row.
 */
const formulaAtLineStart = /(^|\r\n|\r|\n)(?=[=+\-@\t\r])/g;
const defused = (text: string | null): string | null => text?.replace(formulaAtLineStart, "$1'") ?? null;

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
  // csv-stringify quotes a lone LF or CR only when it is the record delimiter: quote every line break explicitly.
  const csv = stringify({ header: true, columns: [...columns], record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
  // pipeline ends the reading when the client goes away; a failed read errors the response stream.
  return pipeline(Readable.from(rows(first.done ? undefined : first.value, iterator)), csv, () => undefined);
}
