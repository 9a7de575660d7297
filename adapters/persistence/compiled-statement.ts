import type { Knex } from "knex";

type Slot<P> = { readonly param: P } | { readonly value: unknown };

interface Compiled<P> {
  readonly sql: string;
  readonly slots: readonly Slot<P>[];
}

/**
 * A fixed-shape statement that knex builds and compiles once per client kind (pg, PGlite) and then runs through
 * `knex.raw` with each call's values: the query builder and compiler, most of knex's own cost per query, run once
 * instead of on every request. `build` gets one placeholder value per parameter and may use constants too (a
 * limit); they keep the value it gave. The statement runs on the knex it is given (a transaction's too) and
 * resolves with the result rows.
 */
export function compiledStatement<P extends string>(
  params: readonly P[],
  build: (knex: Knex, placeholders: Readonly<Record<P, string>>) => Knex.QueryBuilder,
): (knex: Knex, values: Readonly<Record<P, unknown>>) => Promise<Record<string, unknown>[]> {
  const placeholders = Object.fromEntries(params.map((param) => [param, `\u0000compiled:${param}\u0000`])) as Record<
    P,
    string
  >;
  const paramOf = new Map<unknown, P>(params.map((param) => [placeholders[param], param]));
  const byClient = new WeakMap<object, Compiled<P>>();
  const compile = (knex: Knex): Compiled<P> => {
    const { sql, bindings } = build(knex, placeholders).toSQL();
    const slots = bindings.map((value): Slot<P> => {
      const param = paramOf.get(value);
      return param === undefined ? { value } : { param };
    });
    const missing = params.filter((param) => !slots.some((slot) => "param" in slot && slot.param === param));
    if (missing.length > 0) throw new Error(`compiled statement does not bind ${missing.join(", ")}`);
    return { sql, slots };
  };
  return async (knex, values) => {
    const kind = knex.client.constructor as object;
    let compiled = byClient.get(kind);
    if (!compiled) {
      compiled = compile(knex);
      byClient.set(kind, compiled);
    }
    const bindings = compiled.slots.map((slot) => ("param" in slot ? values[slot.param] : slot.value));
    const result: { rows: Record<string, unknown>[] } = await knex.raw(compiled.sql, bindings as Knex.RawBinding[]);
    return result.rows;
  };
}
