import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { GetItem } from "./get-item.js";

async function setUp() {
  const world = createTestWorld();
  const owner = await world.seedUser();
  const stranger = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  const item = await world.items.add(newItem(owner.user.id));
  return { ...world, owner, stranger, admin, item, getItem: new GetItem(world.items) };
}

describe("GetItem", () => {
  it("gives the owner their item", async () => {
    const { owner, item, getItem } = await setUp();
    expect(await getItem.execute(owner.actor, item.id)).toEqual(item);
  });

  it("gives a superuser anyone's item", async () => {
    const { admin, item, getItem } = await setUp();
    expect(await getItem.execute(admin.actor, item.id)).toEqual(item);
  });

  it("refuses someone else's item", async () => {
    const { stranger, item, getItem } = await setUp();
    expect(await refusalOf(getItem.execute(stranger.actor, item.id))).toEqual({
      kind: "forbidden",
      code: "item.forbidden",
      message: "Not enough permissions",
    });
  });

  it("answers not found for a missing item before looking at ownership", async () => {
    const { stranger, getItem } = await setUp();
    expect(await refusalOf(getItem.execute(stranger.actor, randomUUID()))).toEqual({
      kind: "not_found",
      code: "item.not_found",
      message: "Item not found",
    });
  });
});
