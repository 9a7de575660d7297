/**
 * The statements the floor runs: the same reads and writes the app's repositories make for these endpoints
 * (kept in step with adapters/persistence by hand; see docs/performance.md).
 */
export const FloorSql = {
  userByEmail: 'select * from "user" where "email" = $1 limit 1',
  userById: 'select * from "user" where "id" = $1 limit 1',
  countItemsByOwner: 'select count(*)::int as "count" from "item" where "owner_id" = $1',
  itemsByOwner: 'select * from "item" where "owner_id" = $1 order by "created_at" desc, "id" desc offset $2 limit $3',
  insertItem: 'insert into "item" ("title", "description", "owner_id") values ($1, $2, $3) returning *',
} as const;
