import { randomUUID } from "node:crypto";
import type { Item, ItemPatch, NewItem } from "../../core/items/item.js";
import { type ItemListQuery, type ItemSort, NEWEST_ITEMS_FIRST } from "../../core/items/item-list-query.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { type InMemoryListSpec, listOf } from "./in-memory-list.js";
import { applyPatch, detached, type InMemoryStore } from "./in-memory-store.js";

const patchable: Record<keyof ItemPatch, true> = { title: true, description: true };
const PATCHABLE = Object.keys(patchable) as (keyof ItemPatch)[];

const listSpec = (sort: ItemSort): InMemoryListSpec<Item> => ({
  searched: [(item) => item.title, (item) => item.description],
  sortValue: (item) => item[sort],
});

/** The ItemRepository in process memory, behaving like the database one, foreign key to the owner included. */
export class InMemoryItemRepository implements ItemRepository {
  private readonly rows: Map<string, Item>;

  constructor(private readonly store: InMemoryStore) {
    this.rows = store.ownedTable<Item>("item");
  }

  async findById(id: string): Promise<Item | null> {
    const item = this.rows.get(id);
    return item ? detached(item) : null;
  }

  async add(draft: NewItem): Promise<Item> {
    // The database refuses an item whose owner does not exist (foreign key); so does the fake.
    if (!this.store.users.has(draft.ownerId)) throw new Error(`no user ${draft.ownerId} to own the item`);
    const item: Item = {
      id: randomUUID(),
      title: draft.title,
      description: draft.description,
      ownerId: draft.ownerId,
      createdAt: this.store.nextCreatedAt(),
    };
    this.rows.set(item.id, item);
    return detached(item);
  }

  async update(id: string, patch: ItemPatch): Promise<Item | null> {
    const current = this.rows.get(id);
    if (!current) return null;
    const next = applyPatch(current, patch, PATCHABLE);
    this.rows.set(id, next);
    return detached(next);
  }

  async remove(id: string): Promise<boolean> {
    return this.rows.delete(id);
  }

  async list(page: Page, query: ItemListQuery = NEWEST_ITEMS_FIRST): Promise<Paged<Item>> {
    const { ownerId } = query.filters;
    const rows = [...this.rows.values()].filter((item) => ownerId === undefined || item.ownerId === ownerId);
    return listOf(rows, page, query, listSpec(query.sort));
  }
}
