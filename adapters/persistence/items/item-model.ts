import { Model } from "objection";

/** A row of the `item` table, as Objection sees it; private to the persistence adapter. */
export class ItemModel extends Model {
  static override tableName = "item";

  declare id: string;
  declare title: string;
  declare description: string | null;
  declare owner_id: string;
  declare created_at: Date | null;
}
