import { beforeEach, describe, expect, it } from "vitest";
import type { UserRepository } from "../../core/users/ports.js";
import type { NewUser, User } from "../../core/users/user.js";
import { NEWEST_USERS_FIRST, type UserListQuery } from "../../core/users/user-list-query.js";
import { newUser } from "../testing/user-builder.js";
import { addInOrder, type FreshRepositories, inReadableGroups } from "./repository-fixture.js";

const ALL = { skip: 0, limit: 100 };

/** How every UserRepository searches, sorts and filters its list (docs/api/overview.md, searching). */
export function userListContract(implementation: string, fresh: FreshRepositories): void {
  describe(`UserRepository list queries (${implementation})`, () => {
    let users: UserRepository;

    beforeEach(async () => {
      ({ users } = await fresh());
    });

    const query = (changes: Partial<UserListQuery>): UserListQuery => ({ ...NEWEST_USERS_FIRST, ...changes });
    const emails = async (changes: Partial<UserListQuery>, page = ALL) =>
      (await users.list(page, query(changes))).data.map((user) => user.email);
    const addAll = (drafts: readonly NewUser[]) => addInOrder(drafts, (draft) => users.add(draft));

    it("finds a case-insensitive substring of the e-mail or the full name, counting every match", async () => {
      await addAll([
        newUser("ann@example.com", { fullName: "Ann Smith" }),
        newUser("smithy@example.org"),
        newUser("bob@example.com", { fullName: "Bob Jones" }),
        newUser("zoë@example.com", { fullName: "ZOË SMİTH" }),
      ]);
      expect(await emails({ search: "SMITH" })).toEqual(["zoë@example.com", "smithy@example.org", "ann@example.com"]);
      expect(await emails({ search: "Zoë" })).toEqual(["zoë@example.com"]);
      expect(await emails({ search: "EXAMPLE.ORG" })).toEqual(["smithy@example.org"]);
      expect(await users.list({ skip: 0, limit: 1 }, query({ search: "example.com" }))).toMatchObject({
        data: [{ email: "zoë@example.com" }],
        count: 3,
      });
    });

    it("takes _ and % in the search literally", async () => {
      await addAll([newUser("a_b@example.com"), newUser("axb@example.com", { fullName: "100% sure" })]);
      expect(await emails({ search: "a_b" })).toEqual(["a_b@example.com"]);
      expect(await emails({ search: "0%" })).toEqual(["axb@example.com"]);
      expect(await emails({ search: "%@" })).toEqual([]);
    });

    it("sorts by e-mail as people read it both ways", async () => {
      const addresses = ["b@example.com", "Émile@example.com", "C@example.com", "a@example.com", "emile@example.org"];
      const added = await addAll(addresses.map((email) => newUser(email)));
      const ascending = inReadableGroups(added, (user: User) => user.email, [
        ["a@example.com"],
        ["b@example.com"],
        ["C@example.com"],
        ["Émile@example.com"],
        ["emile@example.org"],
      ]);
      expect((await users.list(ALL, query({ sort: "email", order: "asc" }))).data).toEqual(ascending);
      expect((await users.list(ALL, query({ sort: "email", order: "desc" }))).data).toEqual([...ascending].reverse());
    });

    it("sorts by full name as people read it both ways, missing names last when ascending, ties by id", async () => {
      const names = ["Bea", null, "Al", "bea", null, "Ängel", "angel", "Zoë"];
      const added = await addAll(names.map((fullName, n) => newUser(`u${n}@example.com`, { fullName })));
      const ascending = inReadableGroups(added, (user: User) => user.fullName, [
        ["Al"],
        ["Ängel", "angel"],
        ["Bea", "bea"],
        ["Zoë"],
        [null],
      ]);
      expect((await users.list(ALL, query({ sort: "fullName", order: "asc" }))).data).toEqual(ascending);
      expect((await users.list(ALL, query({ sort: "fullName", order: "desc" }))).data).toEqual(
        [...ascending].reverse(),
      );
    });

    it("sorts by creation time both ways", async () => {
      const added = await addAll(["a", "b", "c"].map((name) => newUser(`${name}@example.com`)));
      expect((await users.list(ALL, query({ order: "asc" }))).data).toEqual(added);
      expect((await users.list(ALL, query({ order: "desc" }))).data).toEqual([...added].reverse());
    });

    it("filters by active and superuser flags, combined with a search and a page", async () => {
      await addAll([
        newUser("active.admin@example.com", { isSuperuser: true }),
        newUser("active.user@example.com"),
        newUser("idle.admin@example.com", { isSuperuser: true, isActive: false }),
        newUser("idle.user@example.com", { isActive: false }),
        newUser("other.admin@example.org", { isSuperuser: true }),
      ]);
      expect(await emails({ filters: { isActive: false }, order: "asc" })).toEqual([
        "idle.admin@example.com",
        "idle.user@example.com",
      ]);
      expect(await emails({ filters: { isSuperuser: true, isActive: true }, sort: "email", order: "asc" })).toEqual([
        "active.admin@example.com",
        "other.admin@example.org",
      ]);
      const admins = query({ search: "ADMIN@example.com", filters: { isSuperuser: true }, sort: "email" });
      expect(await users.list({ skip: 1, limit: 5 }, admins)).toMatchObject({
        data: [{ email: "active.admin@example.com" }],
        count: 2,
      });
      expect((await users.list(ALL, query({ filters: { isSuperuser: false, isActive: true } }))).count).toBe(1);
    });
  });
}
