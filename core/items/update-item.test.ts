import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InterleavingItemRepository } from "../../adapters/memory/interleaving-item-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { UpdateItem } from "./update-item.js";

const notFound = { kind: "not_found", code: "item.not_found", message: "Item not found" };

async function setUp() {
  const world = createTestWorld();
  const owner = await world.seedUser();
  const stranger = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  const item = await world.items.add(newItem(owner.user.id, { description: "Read it" }));
  return { ...world, owner, stranger, admin, item, updateItem: new UpdateItem(world.items) };
}

describe("UpdateItem", () => {
  it("lets the owner change the title, keeping the description", async () => {
    const { owner, item, items, updateItem } = await setUp();
    const updated = await updateItem.execute(owner.actor, item.id, { title: "Novel" });
    expect(updated).toEqual({ ...item, title: "Novel" });
    expect(await items.findById(item.id)).toEqual(updated);
  });

  it("lets a superuser clear the description of anyone's item, ownership unchanged", async () => {
    const { admin, owner, item, updateItem } = await setUp();
    const updated = await updateItem.execute(admin.actor, item.id, { description: null });
    expect(updated).toEqual({ ...item, description: null, ownerId: owner.user.id });
  });

  it("refuses someone else's item and leaves it unchanged", async () => {
    const { stranger, item, items, updateItem } = await setUp();
    expect(await refusalOf(updateItem.execute(stranger.actor, item.id, { title: "Mine now" }))).toEqual({
      kind: "forbidden",
      code: "item.forbidden",
      message: "Not enough permissions",
    });
    expect(await items.findById(item.id)).toEqual(item);
  });

  it("answers not found for a missing item", async () => {
    const { stranger, updateItem } = await setUp();
    expect(await refusalOf(updateItem.execute(stranger.actor, randomUUID(), { title: "x" }))).toEqual(notFound);
  });

  it("answers not found when the item is deleted concurrently", async () => {
    const { owner, item, items } = await setUp();
    const racing = new InterleavingItemRepository(items, () => items.remove(item.id));
    expect(await refusalOf(new UpdateItem(racing).execute(owner.actor, item.id, { title: "x" }))).toEqual(notFound);
  });
});
