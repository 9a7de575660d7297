import type { Item, ItemPatch, NewItem } from "../../core/items/item.js";
import type { ItemListQuery } from "../../core/items/item-list-query.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";

/**
 * Delegates to an ItemRepository and, just before the first write, runs `meanwhile`: another request
 * landing between a use case's check and its write. Lets tests reach the paths that only races take.
 */
export class InterleavingItemRepository implements ItemRepository {
  private pending: (() => Promise<unknown>) | null;

  constructor(
    private readonly inner: ItemRepository,
    meanwhile: () => Promise<unknown>,
  ) {
    this.pending = meanwhile;
  }

  findById(id: string): Promise<Item | null> {
    return this.inner.findById(id);
  }

  async add(item: NewItem): Promise<Item> {
    await this.interleave();
    return this.inner.add(item);
  }

  async update(id: string, patch: ItemPatch): Promise<Item | null> {
    await this.interleave();
    return this.inner.update(id, patch);
  }

  async remove(id: string): Promise<boolean> {
    await this.interleave();
    return this.inner.remove(id);
  }

  list(page: Page, query?: ItemListQuery): Promise<Paged<Item>> {
    return this.inner.list(page, query);
  }

  private async interleave(): Promise<void> {
    const meanwhile = this.pending;
    this.pending = null;
    await meanwhile?.();
  }
}
