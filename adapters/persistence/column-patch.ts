/** For each field of a patch, the column it is stored in: one entry per field, or the compiler objects. */
export type PatchColumns<P, Row> = { readonly [K in keyof Required<P>]: keyof Row & string };

/** The column values of a patch: each field that was sent, under its column's name. */
export function columnPatch<P extends object, Row>(patch: P, columns: PatchColumns<P, Row>): Partial<Row> {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(columns) as (keyof P)[]) {
    if (patch[field] !== undefined) values[columns[field]] = patch[field];
  }
  return values as Partial<Row>;
}
