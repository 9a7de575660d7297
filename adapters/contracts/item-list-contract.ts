import { beforeEach, describe, expect, it } from "vitest";
import type { Item } from "../../core/items/item.js";
import { type ItemListQuery, NEWEST_ITEMS_FIRST } from "../../core/items/item-list-query.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { User } from "../../core/users/user.js";
import { newUser } from "../testing/user-builder.js";
import {
  addInOrder,
  byKeyThenId,
  type FreshRepositories,
  inReadableGroups,
  type RepositoryFixture,
} from "./repository-fixture.js";

const ALL = { skip: 0, limit: 100 };

/** How every ItemRepository searches, sorts and filters its list (docs/api/overview.md, searching). */
export function itemListContract(implementation: string, fresh: FreshRepositories): void {
  describe(`ItemRepository list queries (${implementation})`, () => {
    let fixture: RepositoryFixture;
    let items: ItemRepository;
    let ann: User;
    let bob: User;

    beforeEach(async () => {
      fixture = await fresh();
      items = fixture.items;
      ann = await fixture.users.add(newUser("ann@example.com"));
      bob = await fixture.users.add(newUser("bob@example.com"));
    });

    const query = (changes: Partial<ItemListQuery>): ItemListQuery => ({ ...NEWEST_ITEMS_FIRST, ...changes });
    const titles = async (changes: Partial<ItemListQuery>, page = ALL) =>
      (await items.list(page, query(changes))).data.map((item) => item.title);
    const addTitled = (entries: readonly (readonly [string, string | null])[], ownerId = ann.id) =>
      addInOrder(entries, ([title, description]) => items.add({ title, description, ownerId }));

    it("finds a case-insensitive substring of the title or the description, newest first, counting every match", async () => {
      await addTitled([
        ["Blue Mug", null],
        ["Plate", "goes with the MUG"],
        ["Bowl", "deep"],
        ["mug rack", "wooden"],
      ]);
      expect(await titles({ search: "mUg" })).toEqual(["mug rack", "Plate", "Blue Mug"]);
      expect(await items.list({ skip: 1, limit: 1 }, query({ search: "MUG" }))).toMatchObject({
        data: [{ title: "Plate" }],
        count: 3,
      });
      expect(await items.list(ALL, query({ search: "nothing like it" }))).toEqual({ data: [], count: 0 });
    });

    it("takes %, _ and \\ in the search literally", async () => {
      await addTitled([
        ["100% cotton", null],
        ["100 percent", null],
        ["snake_case", null],
        ["snakeXcase", null],
        ["back\\slash", null],
        ["backslash", "no\\"],
      ]);
      expect(await titles({ search: "0%" })).toEqual(["100% cotton"]);
      expect(await titles({ search: "%" })).toEqual(["100% cotton"]);
      expect(await titles({ search: "e_c" })).toEqual(["snake_case"]);
      expect(await titles({ search: "\\", order: "asc" })).toEqual(["back\\slash", "backslash"]);
      expect(await titles({ search: "k\\s" })).toEqual(["back\\slash"]);
    });

    it("matches non-ASCII letters whatever their case, and only the letters asked for", async () => {
      await addTitled([
        ["École", null],
        ["ÉCOLE", null],
        ["ecole", null],
        ["Straße", null],
        ["STRASSE", null],
        ["İstanbul", null],
      ]);
      expect(await titles({ search: "école", order: "asc" })).toEqual(["École", "ÉCOLE"]);
      expect(await titles({ search: "É", order: "asc" })).toEqual(["École", "ÉCOLE"]);
      expect(await titles({ search: "STRAẞE" })).toEqual(["Straße"]);
      expect(await titles({ search: "ss" })).toEqual(["STRASSE"]);
      expect(await titles({ search: "İSTAN" })).toEqual(["İstanbul"]);
    });

    it("finds nothing for a search with a NUL character", async () => {
      await addTitled([["Milk", null]]);
      expect(await items.list(ALL, query({ search: "Mi\u0000" }))).toEqual({ data: [], count: 0 });
    });

    it("sorts by title as people read it (case and accents aside, ties by id) both ways", async () => {
      const added = await addTitled(
        [
          "Cherry pie",
          "banana bread",
          "eclair",
          "Apple crumble",
          "Éclair",
          "9 lives",
          "10 apples",
          "apple crumble",
        ].map((title) => [title, null] as const),
      );
      const ascending = inReadableGroups(added, (item: Item) => item.title, [
        ["10 apples"],
        ["9 lives"],
        ["Apple crumble", "apple crumble"],
        ["banana bread"],
        ["Cherry pie"],
        ["eclair", "Éclair"],
      ]);
      expect((await items.list(ALL, query({ sort: "title", order: "asc" }))).data).toEqual(ascending);
      expect((await items.list(ALL, query({ sort: "title", order: "desc" }))).data).toEqual([...ascending].reverse());
    });

    it("sorts by creation time both ways", async () => {
      const added = await addTitled([
        ["first", null],
        ["second", null],
        ["third", null],
      ]);
      expect((await items.list(ALL, query({ order: "asc" }))).data).toEqual(added);
      expect((await items.list(ALL, query({ order: "desc" }))).data).toEqual([...added].reverse());
    });

    it("breaks ties in creation time by id, so pages neither repeat nor skip an item", async () => {
      const added = await addTitled(["p", "q", "r", "s"].map((title) => [title, null] as const));
      const moment = new Date("2026-01-02T03:04:05.000Z");
      for (const item of added) await fixture.restamp("item", item.id, moment);
      const ascending = added.map((item) => ({ ...item, createdAt: moment })).sort(byKeyThenId(() => ""));
      for (const order of ["asc", "desc"] as const) {
        const expected = order === "asc" ? ascending : [...ascending].reverse();
        const pages = [];
        for (let skip = 0; skip < 4; skip += 1)
          pages.push(...(await items.list({ skip, limit: 1 }, query({ order }))).data);
        expect(pages).toEqual(expected);
      }
    });

    it("combines the owner filter with a search, a sort and a page, counting only what matches", async () => {
      await addTitled([
        ["red pen", null],
        ["blue pen", null],
        ["pencil", "red"],
      ]);
      await addTitled(
        [
          ["red pen", "bob's"],
          ["pan", null],
        ],
        bob.id,
      );
      const annsPens = query({ search: "PEN", sort: "title", order: "asc", filters: { ownerId: ann.id } });
      expect(await items.list({ skip: 1, limit: 1 }, annsPens)).toMatchObject({
        data: [{ title: "pencil" }],
        count: 3,
      });
      expect(await titles({ ...annsPens, search: "red" })).toEqual(["pencil", "red pen"]);
      expect((await items.list(ALL, query({ search: "red pen", filters: { ownerId: bob.id } }))).count).toBe(1);
      expect((await items.list(ALL, query({ search: "red pen" }))).count).toBe(2);
    });
  });
}
