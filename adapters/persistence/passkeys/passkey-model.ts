import { Model } from "objection";

/** A row of the `passkey` table, as Objection sees it; private to the persistence adapter. */
export class PasskeyModel extends Model {
  static override tableName = "passkey";

  declare id: string;
  declare user_id: string;
  declare name: string;
  declare credential_id: string;
  declare public_key: string;
  /** bigint: the driver gives it as a string. */
  declare counter: string | number;
  declare transports: string[];
  declare created_at: Date;
  declare last_used_at: Date | null;
}

/** A row of the `passkey_challenge` table. */
export class PasskeyChallengeModel extends Model {
  static override tableName = "passkey_challenge";

  declare id: string;
  declare challenge: string;
  declare ceremony: "registration" | "authentication";
  declare user_id: string | null;
  declare expires_at: Date;
}
