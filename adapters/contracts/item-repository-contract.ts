import { beforeEach, describe, expect, it } from "vitest";
import type { Item } from "../../core/items/item.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { User } from "../../core/users/user.js";
import { newItem } from "../testing/item-builder.js";
import { newUser } from "../testing/user-builder.js";
import { addInOrder, type FreshRepositories, MISSING_ID, ownedBy, UUID } from "./repository-fixture.js";

/** What every ItemRepository must do, registered for one implementation (named in the describe block). */
export function itemRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`ItemRepository contract (${implementation})`, () => {
    let items: ItemRepository;
    let ann: User;
    let bob: User;

    beforeEach(async () => {
      const repositories = await fresh();
      items = repositories.items;
      ann = await repositories.users.add(newUser("ann@example.com"));
      bob = await repositories.users.add(newUser("bob@example.com"));
    });

    const titled = (ownerId: string) => (title: string) => items.add(newItem(ownerId, { title }));

    it("adds an item with a UUID id and a Date createdAt, and finds it by id", async () => {
      const item = await items.add(newItem(ann.id, { title: "Milk", description: "two litres" }));
      expect(item).toEqual({
        id: expect.stringMatching(UUID),
        title: "Milk",
        description: "two litres",
        ownerId: ann.id,
        createdAt: expect.any(Date),
      });
      expect(await items.findById(item.id)).toEqual(item);
    });

    it("answers null for an unknown id and for a non-UUID id", async () => {
      expect(await items.findById(MISSING_ID)).toBeNull();
      expect(await items.findById("not-a-uuid")).toBeNull();
    });

    it("refuses an item whose owner does not exist", async () => {
      await expect(items.add(newItem(MISSING_ID, { title: "Orphan" }))).rejects.toThrow();
      expect((await items.list({ skip: 0, limit: 10 })).count).toBe(0);
    });

    it("updates only the fields in the patch and returns the new state", async () => {
      const item = await items.add(newItem(ann.id, { title: "Milk", description: "two litres" }));
      const retitled: Item = { ...item, title: "Oat milk" };
      expect(await items.update(item.id, { title: "Oat milk" })).toEqual(retitled);
      expect(await items.update(item.id, { description: null })).toEqual({ ...retitled, description: null });
      expect(await items.findById(item.id)).toEqual({ ...retitled, description: null });
    });

    it("returns the current state for an empty patch and null for an item that does not exist", async () => {
      const item = await items.add(newItem(ann.id, { title: "Milk" }));
      expect(await items.update(item.id, {})).toEqual(item);
      expect(await items.update(MISSING_ID, { title: "Ghost" })).toBeNull();
      expect(await items.update("not-a-uuid", { title: "Ghost" })).toBeNull();
    });

    it("removes an item once, answering false for one that is not there", async () => {
      const [milk, eggs] = await addInOrder(["Milk", "Eggs"], titled(ann.id));
      if (!milk || !eggs) throw new Error("setup failed");
      expect(await items.remove(milk.id)).toBe(true);
      expect(await items.findById(milk.id)).toBeNull();
      expect(await items.findById(eggs.id)).toEqual(eggs);
      expect(await items.remove(milk.id)).toBe(false);
      expect(await items.remove("not-a-uuid")).toBe(false);
    });

    it("lists every owner's items newest first, a window at a time, with the total count", async () => {
      const added = await addInOrder(["a", "b", "c", "d"], (title) => titled(title < "c" ? ann.id : bob.id)(title));
      const newestFirst = [...added].reverse();
      expect(await items.list({ skip: 0, limit: 100 })).toEqual({ data: newestFirst, count: 4 });
      expect(await items.list({ skip: 1, limit: 2 })).toEqual({ data: newestFirst.slice(1, 3), count: 4 });
      expect(await items.list({ skip: 8, limit: 2 })).toEqual({ data: [], count: 4 });
    });

    it("lists and counts only the owner's items, newest first, a window at a time", async () => {
      const added = await addInOrder(["a1", "b1", "a2", "b2", "a3"], (title) =>
        titled(title.startsWith("a") ? ann.id : bob.id)(title),
      );
      const annsNewestFirst = added.filter((item) => item.ownerId === ann.id).reverse();
      expect(await items.list({ skip: 0, limit: 100 }, ownedBy(ann.id))).toEqual({ data: annsNewestFirst, count: 3 });
      expect(await items.list({ skip: 1, limit: 1 }, ownedBy(ann.id))).toEqual({
        data: annsNewestFirst.slice(1, 2),
        count: 3,
      });
      expect((await items.list({ skip: 0, limit: 100 }, ownedBy(bob.id))).count).toBe(2);
    });

    it("lists nothing for an owner without items or an unknown owner", async () => {
      await items.add(newItem(ann.id, { title: "Milk" }));
      expect(await items.list({ skip: 0, limit: 10 }, ownedBy(bob.id))).toEqual({ data: [], count: 0 });
      expect(await items.list({ skip: 0, limit: 10 }, ownedBy(MISSING_ID))).toEqual({ data: [], count: 0 });
    });
  });
}
