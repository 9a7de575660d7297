/**
 * The statements the floor runs: the reads are the app's own (Objection/Knex output, captured from knex's query
 * event); the create is one INSERT … RETURNING *, where the app makes two round trips (insert returning id, then
 * select by id). Keep in step with adapters/persistence; see docs/performance.md.
 */
export const FloorSql = {
  userByEmail: 'select "user".* from "user" where "email" = $1',
  userById: 'select "user".* from "user" where "user"."id" = $1',
  countItemsByOwner: 'select count(*) as "count" from (select "item".* from "item" where "owner_id" = $1) as "temp"',
  itemsByOwner:
    'select "item".* from "item" where "owner_id" = $1 order by "created_at" desc, "id" desc offset $2 limit $3',
  insertItem: 'insert into "item" ("title", "description", "owner_id") values ($1, $2, $3) returning *',
} as const;
