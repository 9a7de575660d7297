import { Model } from "objection";

/** A row of the `session` table, as Objection sees it; private to the persistence adapter. */
export class SessionModel extends Model {
  static override tableName = "session";

  declare id: string;
  declare user_id: string;
  declare created_at: Date;
  declare last_used_at: Date;
  declare expires_at: Date;
  declare user_agent: string | null;
  declare ip_address: string | null;
  declare revoked_at: Date | null;
  declare refresh_token_hash: string | null;
  declare cookie_token_hash: string | null;
}
