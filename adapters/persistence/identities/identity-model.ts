import { Model } from "objection";

/** A row of the `user_identity` table; private to the persistence adapter. */
export class IdentityModel extends Model {
  static override tableName = "user_identity";

  declare id: string;
  declare user_id: string;
  declare provider: string;
  declare subject: string;
  declare email: string | null;
  declare created_at: Date;
}
