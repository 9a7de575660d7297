import type { NewItem } from "../../core/items/item.js";

/** An item of `ownerId` to store: titled "Book", no description; a test names only the fields it is about. */
export const newItem = (ownerId: string, overrides: Partial<NewItem> = {}): NewItem => ({
  title: "Book",
  description: null,
  ownerId,
  ...overrides,
});
