import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { NEWEST_ITEMS_FIRST } from "./item-list-query.js";
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

  it("searches and sorts only a regular user's own items", async () => {
    const { ann, listItems } = await setUp();
    const query = { ...NEWEST_ITEMS_FIRST, search: "A", sort: "title" as const, order: "asc" as const };
    const page = await listItems.execute(ann.actor, { skip: 0, limit: 100 }, query);
    expect(page.data.map((item) => item.title)).toEqual(["a1", "a2", "a3"]);
    expect(page.count).toBe(3);
  });

  it("lets a superuser keep one owner's items", async () => {
    const { admin, bob, listItems } = await setUp();
    const query = { ...NEWEST_ITEMS_FIRST, filters: { ownerId: bob.user.id } };
    const page = await listItems.execute(admin.actor, { skip: 0, limit: 100 }, query);
    expect(page.data.map((item) => item.title)).toEqual(["b2", "b1"]);
  });

  it("refuses the owner filter to a regular user, even naming themselves", async () => {
    const { ann, listItems } = await setUp();
    const query = { ...NEWEST_ITEMS_FIRST, filters: { ownerId: ann.user.id } };
    expect(await refusalOf(listItems.execute(ann.actor, { skip: 0, limit: 100 }, query))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
  });
});
