/**
 * The statements the floor runs: the reads are the app's own (Objection/Knex output, captured from knex's query
 * event); the create is the app's one INSERT … RETURNING *. Keep in step with adapters/persistence; see docs/performance.md.
 */
export const FloorSql = {
  userByEmail: 'select "user".* from "user" where "email" = $1',
  /** The app's authentication read: the token's user and session in one statement (ObjectionSessionRepository). */
  userAndSession:
    'select "user".*, "session"."id" as "session_id", "session"."user_id" as "session_user_id", "session"."created_at" as "session_created_at", "session"."last_used_at" as "session_last_used_at", "session"."expires_at" as "session_expires_at", "session"."user_agent" as "session_user_agent", "session"."ip_address" as "session_ip_address", "session"."revoked_at" as "session_revoked_at", "session"."refresh_token_hash" as "session_refresh_token_hash", "session"."cookie_token_hash" as "session_cookie_token_hash" from "user" left join "session" on "session"."id" = $1 where "user"."id" = $2 limit $3',
  /** The app's list statement (adapters/persistence/list-page.ts): the count and the page in one round trip. */
  pageOfItemsByOwner:
    'select "page".*, "total"."count" as "__total" from (select count(*) as "count" from "item" where "owner_id" = $1) as "total" left join (select * from "item" where "owner_id" = $2 order by "created_at" desc, "id" desc offset $3 limit $4) as "page" on true order by "page"."created_at" desc, "page"."id" desc',
  insertItem: 'insert into "item" ("title", "description", "owner_id") values ($1, $2, $3) returning *',
} as const;
