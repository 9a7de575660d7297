import { Model } from "objection";

/** A row of the `user` table, as Objection sees it; private to the persistence adapter. */
export class UserModel extends Model {
  static override tableName = "user";

  declare id: string;
  declare email: string;
  declare is_active: boolean;
  declare is_superuser: boolean;
  declare full_name: string | null;
  declare hashed_password: string | null;
  declare created_at: Date | null;
  declare email_verified_at: Date | null;
}
