import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InterleavingItemRepository } from "../../adapters/memory/interleaving-item-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { DeleteItem } from "./delete-item.js";

const notFound = { kind: "not_found", code: "item.not_found", message: "Item not found" };

async function setUp() {
  const world = createTestWorld();
  const owner = await world.seedUser();
  const stranger = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  const item = await world.items.add(newItem(owner.user.id));
  return { ...world, owner, stranger, admin, item, deleteItem: new DeleteItem(world.items, world.trail) };
}

describe("DeleteItem", () => {
  it("lets the owner delete their item", async () => {
    const { owner, item, items, deleteItem } = await setUp();
    await deleteItem.execute(owner.actor, item.id);
    expect(await items.findById(item.id)).toBeNull();
  });

  it("lets a superuser delete anyone's item", async () => {
    const { admin, item, items, deleteItem } = await setUp();
    await deleteItem.execute(admin.actor, item.id);
    expect(await items.findById(item.id)).toBeNull();
  });

  it("refuses someone else's item and keeps it", async () => {
    const { stranger, item, items, deleteItem } = await setUp();
    expect(await refusalOf(deleteItem.execute(stranger.actor, item.id))).toEqual({
      kind: "forbidden",
      code: "item.forbidden",
      message: "Not enough permissions",
    });
    expect(await items.findById(item.id)).toEqual(item);
  });

  it("answers not found for a missing item, and for one already deleted", async () => {
    const { owner, item, deleteItem } = await setUp();
    expect(await refusalOf(deleteItem.execute(owner.actor, randomUUID()))).toEqual(notFound);
    await deleteItem.execute(owner.actor, item.id);
    expect(await refusalOf(deleteItem.execute(owner.actor, item.id))).toEqual(notFound);
  });

  it("answers not found when a parallel request deleted the item first", async () => {
    const { owner, item, items, trailThrough } = await setUp();
    const racing = new InterleavingItemRepository(items, () => items.remove(item.id));
    expect(
      await refusalOf(new DeleteItem(racing, trailThrough({ items: racing })).execute(owner.actor, item.id)),
    ).toEqual(notFound);
  });
});
