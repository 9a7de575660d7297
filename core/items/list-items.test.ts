import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/entity-builders.js";
import { ListItems } from "./list-items.js";

async function setUp() {
  const world = createTestWorld();
  const ann = await world.seedUser();
  const bob = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  for (const [title, owner] of [
    ["a1", ann],
    ["b1", bob],
    ["a2", ann],
    ["b2", bob],
    ["a3", ann],
  ] as const) {
    await world.items.add(newItem(owner.user.id, { title }));
  }
  return { ...world, ann, bob, admin, listItems: new ListItems(world.items) };
}

describe("ListItems", () => {
  it("gives a regular user only their items, newest first, with their total", async () => {
    const { ann, listItems } = await setUp();
    const page = await listItems.execute(ann.actor, { skip: 0, limit: 100 });
    expect(page.count).toBe(3);
    expect(page.data.map((item) => item.title)).toEqual(["a3", "a2", "a1"]);
  });

  it("gives a superuser everyone's items", async () => {
    const { admin, listItems } = await setUp();
    const page = await listItems.execute(admin.actor, { skip: 0, limit: 100 });
    expect(page.count).toBe(5);
    expect(page.data.map((item) => item.title)).toEqual(["a3", "b2", "a2", "b1", "a1"]);
  });

  it("applies skip and limit after filtering, keeping the full count", async () => {
    const { bob, listItems } = await setUp();
    const page = await listItems.execute(bob.actor, { skip: 1, limit: 1 });
    expect(page).toMatchObject({ count: 2 });
    expect(page.data.map((item) => item.title)).toEqual(["b1"]);
  });

  it("gives a user without items an empty page", async () => {
    const { seedUser, listItems } = await setUp();
    const newcomer = await seedUser();
    expect(await listItems.execute(newcomer.actor, { skip: 0, limit: 100 })).toEqual({ data: [], count: 0 });
  });
});
