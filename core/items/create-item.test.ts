import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { CreateItem } from "./create-item.js";

describe("CreateItem", () => {
  it("stores an item owned by the actor", async () => {
    const { items, seedUser } = createTestWorld();
    const me = await seedUser();
    const item = await new CreateItem(items).execute(me.actor, { title: "Book", description: "Read it" });
    expect(item).toMatchObject({ title: "Book", description: "Read it", ownerId: me.user.id });
    expect(await items.findById(item.id)).toEqual(item);
  });

  it("makes a superuser's item theirs too", async () => {
    const { items, seedUser } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true });
    const item = await new CreateItem(items).execute(admin.actor, { title: "Note", description: null });
    expect(item).toMatchObject({ ownerId: admin.user.id, description: null });
  });
});
