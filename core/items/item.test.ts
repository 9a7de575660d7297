import { describe, expect, it } from "vitest";
import { Item } from "./item.js";

const item: Item = { id: "i1", title: "Book", description: null, ownerId: "owner", createdAt: null };

describe("Item.assertManageableBy", () => {
  it("lets the owner and any superuser manage the item", () => {
    expect(() => Item.assertManageableBy(item, { id: "owner", isSuperuser: false })).not.toThrow();
    expect(() => Item.assertManageableBy(item, { id: "admin", isSuperuser: true })).not.toThrow();
  });

  it("refuses anyone else with item.forbidden", () => {
    expect(() => Item.assertManageableBy(item, { id: "stranger", isSuperuser: false })).toThrow(
      expect.objectContaining({ kind: "forbidden", code: "item.forbidden", message: "Not enough permissions" }),
    );
  });
});
