/** For each field of a new entity or a patch, the column it is stored in: one entry per field, or the compiler objects. */
export type FieldColumns<F, Row> = { readonly [K in keyof Required<F>]: keyof Row & string };

/** The column values of `fields`: each field that is set, under its column's name. */
export function columnValues<F extends object, Row>(fields: F, columns: FieldColumns<F, Row>): Partial<Row> {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(columns) as (keyof F)[]) {
    if (fields[field] !== undefined) values[columns[field]] = fields[field];
  }
  return values as Partial<Row>;
}
