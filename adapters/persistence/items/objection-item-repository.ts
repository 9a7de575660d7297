import type { Knex } from "knex";
import type { ModelObject } from "objection";
import type { Item, ItemPatch, NewItem } from "../../../core/items/item.js";
import { type ItemListQuery, type ItemSort, NEWEST_ITEMS_FIRST } from "../../../core/items/item-list-query.js";
import type { ItemRepository } from "../../../core/items/ports.js";
import type { Page, Paged } from "../../../core/shared/page.js";
import { columnValues, type FieldColumns } from "../field-columns.js";
import { isUuid } from "../is-uuid.js";
import { type ListColumns, listPage } from "../list-page.js";
import { readable } from "../readable-order.js";
import { ItemModel } from "./item-model.js";

type ItemRow = ModelObject<ItemModel>;

const toItem = (row: ItemRow): Item => ({
  id: row.id,
  title: row.title,
  description: row.description,
  ownerId: row.owner_id,
  createdAt: row.created_at,
});

const newColumns: FieldColumns<NewItem, ItemModel> = {
  title: "title",
  description: "description",
  ownerId: "owner_id",
};

const patchColumns: FieldColumns<ItemPatch, ItemModel> = { title: "title", description: "description" };

const listColumns: ListColumns<ItemSort> = {
  searched: ["title", "description"],
  sortColumn: { createdAt: "created_at", title: readable("title") },
};

/** The ItemRepository on PostgreSQL or PGlite; an item's owner must exist (foreign key). */
export class ObjectionItemRepository implements ItemRepository {
  constructor(private readonly knex: Knex) {}

  async findById(id: string): Promise<Item | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id);
    return row ? toItem(row) : null;
  }

  async add(item: NewItem): Promise<Item> {
    const row = await this.query().insert(columnValues(item, newColumns)).returning("*");
    return toItem(row);
  }

  async update(id: string, patch: ItemPatch): Promise<Item | null> {
    if (!isUuid(id)) return null;
    const columns = columnValues(patch, patchColumns);
    if (Object.keys(columns).length === 0) return this.findById(id);
    const row = await this.query().patch(columns).findById(id).returning("*");
    return row ? toItem(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // `returning` because knex-pglite answers a bare delete with its raw response instead of a row count.
    const removed = await this.query().delete().where("id", id).returning("id");
    return removed.length > 0;
  }

  async list(page: Page, query: ItemListQuery = NEWEST_ITEMS_FIRST): Promise<Paged<Item>> {
    const { ownerId } = query.filters;
    if (ownerId !== undefined && !isUuid(ownerId)) return { data: [], count: 0 };
    const table = this.knex("item");
    const filtered = ownerId === undefined ? table : table.where("owner_id", ownerId);
    const { rows, count } = await listPage(this.knex, filtered, page, query, listColumns);
    return { data: (rows as unknown as ItemRow[]).map(toItem), count };
  }

  private query() {
    return ItemModel.query(this.knex);
  }
}
