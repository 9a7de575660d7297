import { beforeEach, describe, expect, it } from "vitest";
import type { ItemRepository } from "../../core/items/ports.js";
import { EmailTaken, type UserRepository } from "../../core/users/ports.js";
import type { User } from "../../core/users/user.js";
import { newItem } from "../testing/item-builder.js";
import { newUser } from "../testing/user-builder.js";
import { addInOrder, type FreshRepositories, MISSING_ID, ownedBy, UUID } from "./repository-fixture.js";

/** What every UserRepository must do, registered for one implementation (named in the describe block). */
export function userRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`UserRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let items: ItemRepository;

    beforeEach(async () => {
      ({ users, items } = await fresh());
    });

    it("adds a user with a UUID id and a Date createdAt, and finds it by id and by e-mail", async () => {
      const user = await users.add(newUser("ann@example.com", { fullName: "Ann", isSuperuser: true }));
      expect(user).toEqual({
        id: expect.stringMatching(UUID),
        email: "ann@example.com",
        isActive: true,
        isSuperuser: true,
        fullName: "Ann",
        hashedPassword: "hashed",
        createdAt: expect.any(Date),
        emailVerifiedAt: null,
      });
      expect(await users.findById(user.id)).toEqual(user);
      expect(await users.findByEmail("ann@example.com")).toEqual(user);
    });

    it("keeps when an address was verified, and forgets it when told", async () => {
      const verifiedAt = new Date("2026-12-07T10:00:00.000Z");
      const ann = await users.add(newUser("ann@example.com", { emailVerifiedAt: verifiedAt }));
      expect((await users.findById(ann.id))?.emailVerifiedAt).toEqual(verifiedAt);
      const changed = await users.update(ann.id, { email: "ann@example.org", emailVerifiedAt: null });
      expect(changed).toMatchObject({ email: "ann@example.org", emailVerifiedAt: null });
      expect((await users.findById(ann.id))?.emailVerifiedAt).toBeNull();
    });

    it("gives each user a different id", async () => {
      const [ann, bob] = await addInOrder(["ann@example.com", "bob@example.com"], (email) => users.add(newUser(email)));
      expect(ann?.id).not.toEqual(bob?.id);
    });

    it("matches e-mails exactly and answers null for unknown ids, e-mails and non-UUID ids", async () => {
      await users.add(newUser("ann@example.com"));
      expect(await users.findByEmail("ANN@example.com")).toBeNull();
      expect(await users.findByEmail("nobody@example.com")).toBeNull();
      expect(await users.findByEmail("ann\u0000@example.com")).toBeNull();
      expect(await users.findById(MISSING_ID)).toBeNull();
      expect(await users.findById("not-a-uuid")).toBeNull();
    });

    it("refuses a second user with a taken e-mail with EmailTaken and keeps the first", async () => {
      const first = await users.add(newUser("ann@example.com", { fullName: "First" }));
      const second = users.add(newUser("ann@example.com", { fullName: "Second" }));
      await expect(second).rejects.toBeInstanceOf(EmailTaken);
      await expect(second).rejects.toMatchObject({ email: "ann@example.com" });
      expect(await users.findByEmail("ann@example.com")).toEqual(first);
      expect((await users.list({ skip: 0, limit: 10 })).count).toBe(1);
    });

    it("lets exactly one of ten concurrent sign-ups with one e-mail win; the others get EmailTaken", async () => {
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, (_, n) => users.add(newUser("race@example.com", { fullName: `Racer ${n}` }))),
      );
      const won = attempts.filter((attempt) => attempt.status === "fulfilled");
      const lost = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(9);
      for (const reason of lost) expect(reason).toBeInstanceOf(EmailTaken);
      expect((await users.list({ skip: 0, limit: 100 })).count).toBe(1);
    });

    it("updates only the fields in the patch and returns the new state", async () => {
      const ann = await users.add(newUser("ann@example.com", { fullName: "Ann" }));
      const updated = await users.update(ann.id, { isActive: false, hashedPassword: "rehashed" });
      const expected: User = { ...ann, isActive: false, hashedPassword: "rehashed" };
      expect(updated).toEqual(expected);
      expect(await users.findById(ann.id)).toEqual(expected);
      expect(await users.update(ann.id, { fullName: null, email: "ann@example.org", isSuperuser: true })).toEqual({
        ...expected,
        fullName: null,
        email: "ann@example.org",
        isSuperuser: true,
      });
      expect(await users.findByEmail("ann@example.com")).toBeNull();
    });

    it("returns the current state for an empty patch", async () => {
      const ann = await users.add(newUser("ann@example.com", { fullName: "Ann" }));
      expect(await users.update(ann.id, {})).toEqual(ann);
    });

    it("returns null when updating a user that does not exist", async () => {
      expect(await users.update(MISSING_ID, { fullName: "Ghost" })).toBeNull();
      expect(await users.update("not-a-uuid", { fullName: "Ghost" })).toBeNull();
    });

    it("refuses to move a user onto another user's e-mail with EmailTaken and changes nothing", async () => {
      const [ann, bob] = await addInOrder(["ann@example.com", "bob@example.com"], (email) => users.add(newUser(email)));
      if (!ann || !bob) throw new Error("setup failed");
      const move = users.update(bob.id, { email: "ann@example.com", fullName: "Bob" });
      await expect(move).rejects.toBeInstanceOf(EmailTaken);
      await expect(move).rejects.toMatchObject({ email: "ann@example.com" });
      expect(await users.findById(bob.id)).toEqual(bob);
      expect(await users.update(ann.id, { email: "ann@example.com", fullName: "Ann" })).toMatchObject({
        email: "ann@example.com",
        fullName: "Ann",
      });
    });

    it("lets one of two concurrent e-mail changes to one address win; the other gets EmailTaken", async () => {
      const pair = await addInOrder(["ann@example.com", "bob@example.com"], (email) => users.add(newUser(email)));
      const attempts = await Promise.allSettled(pair.map((user) => users.update(user.id, { email: "x@example.com" })));
      expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
      const rejected = attempts.find((attempt) => attempt.status === "rejected");
      expect(rejected?.reason).toBeInstanceOf(EmailTaken);
    });

    it("removes a user together with their items, and answers false for a user that is not there", async () => {
      const [ann, bob] = await addInOrder(["ann@example.com", "bob@example.com"], (email) => users.add(newUser(email)));
      if (!ann || !bob) throw new Error("setup failed");
      const annsItem = await items.add(newItem(ann.id, { title: "Ann's" }));
      const bobsItem = await items.add(newItem(bob.id, { title: "Bob's" }));
      expect(await users.remove(ann.id)).toBe(true);
      expect(await users.findById(ann.id)).toBeNull();
      expect(await items.findById(annsItem.id)).toBeNull();
      expect(await items.list({ skip: 0, limit: 10 }, ownedBy(ann.id))).toEqual({ data: [], count: 0 });
      expect(await items.findById(bobsItem.id)).toEqual(bobsItem);
      expect(await users.remove(ann.id)).toBe(false);
      expect(await users.remove(MISSING_ID)).toBe(false);
      expect(await users.remove("not-a-uuid")).toBe(false);
    });

    it("counts superusers, all of them or only the active ones", async () => {
      expect(await users.countSuperusers({ activeOnly: false })).toBe(0);
      await users.add(newUser("plain@example.com"));
      await users.add(newUser("admin@example.com", { isSuperuser: true }));
      await users.add(newUser("retired@example.com", { isSuperuser: true, isActive: false }));
      expect(await users.countSuperusers({ activeOnly: false })).toBe(2);
      expect(await users.countSuperusers({ activeOnly: true })).toBe(1);
    });

    it("replaces a password only while the stored hash is the expected one", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      expect(await users.replacePassword(ann.id, "stale", "new-hash")).toBe(false);
      expect(await users.findById(ann.id)).toEqual(ann);
      expect(await users.replacePassword(ann.id, "hashed", "new-hash")).toBe(true);
      expect(await users.findById(ann.id)).toEqual({ ...ann, hashedPassword: "new-hash" });
      expect(await users.replacePassword(ann.id, "hashed", "newer-hash")).toBe(false);
      expect(await users.replacePassword(MISSING_ID, "hashed", "new-hash")).toBe(false);
      expect(await users.replacePassword("not-a-uuid", "hashed", "new-hash")).toBe(false);
    });

    it("stores a user without a password and gives them a first one only while they still have none", async () => {
      const ann = await users.add(newUser("ann@example.com", { hashedPassword: null }));
      expect((await users.findById(ann.id))?.hashedPassword).toBeNull();
      expect(await users.replacePassword(ann.id, "hashed", "new-hash")).toBe(false);
      expect(await users.replacePassword(ann.id, null, "first-hash")).toBe(true);
      expect((await users.findById(ann.id))?.hashedPassword).toBe("first-hash");
      expect(await users.replacePassword(ann.id, null, "second-hash")).toBe(false);
    });

    it("lets exactly one of ten concurrent password replacements from one old hash win", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      const attempts = await Promise.all(
        Array.from({ length: 10 }, (_, n) => users.replacePassword(ann.id, "hashed", `racer-${n}`)),
      );
      expect(attempts.filter(Boolean)).toHaveLength(1);
      const winner = attempts.indexOf(true);
      expect((await users.findById(ann.id))?.hashedPassword).toBe(`racer-${winner}`);
    });

    it("lists users newest first, a window at a time, with the total count", async () => {
      const emails = ["a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com"];
      const added = await addInOrder(emails, (email) => users.add(newUser(email)));
      const newestFirst = [...added].reverse();
      expect(await users.list({ skip: 0, limit: 100 })).toEqual({ data: newestFirst, count: 5 });
      expect(await users.list({ skip: 1, limit: 2 })).toEqual({ data: newestFirst.slice(1, 3), count: 5 });
      expect(await users.list({ skip: 4, limit: 10 })).toEqual({ data: newestFirst.slice(4), count: 5 });
      expect(await users.list({ skip: 10, limit: 10 })).toEqual({ data: [], count: 5 });
    });
  });
}
