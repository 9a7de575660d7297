import { describe, expect, it } from "vitest";
import { EmailTaken } from "../../core/users/ports.js";
import { ownedBy } from "../contracts/repository-fixture.js";
import { newItem } from "../testing/item-builder.js";
import { newUser } from "../testing/user-builder.js";
import { createInMemoryRepositories } from "./in-memory-repositories.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("InMemoryUserRepository", () => {
  it("assigns a UUID and an insertion time, and finds the user by id and by exact e-mail", async () => {
    const { users } = createInMemoryRepositories();
    const before = Date.now();
    const user = await users.add({ ...newUser("ann@example.com"), fullName: "Ann" });
    expect(user.id).toMatch(UUID);
    expect(user.createdAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(await users.findById(user.id)).toEqual(user);
    expect(await users.findByEmail("ann@example.com")).toEqual(user);
    expect(await users.findByEmail("ANN@example.com")).toBeNull();
    expect(await users.findById("7d1f0a3c-93c1-4c2e-9b1a-000000000000")).toBeNull();
  });

  it("hands out frozen copies that cannot change what is stored", async () => {
    const { users } = createInMemoryRepositories();
    const user = await users.add(newUser("ann@example.com"));
    expect(Object.isFrozen(user)).toBe(true);
    user.createdAt?.setTime(0);
    expect((await users.findById(user.id))?.createdAt?.getTime()).not.toBe(0);
  });

  it("rejects a second user with the same e-mail, but not one differing in case", async () => {
    const { users } = createInMemoryRepositories();
    await users.add(newUser("ann@example.com"));
    await expect(users.add(newUser("ann@example.com"))).rejects.toBeInstanceOf(EmailTaken);
    await expect(users.add(newUser("Ann@example.com"))).resolves.toMatchObject({ email: "Ann@example.com" });
  });

  it("updates the given fields only and rejects taking someone else's e-mail", async () => {
    const { users } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    await users.add(newUser("bob@example.com"));
    const renamed = await users.update(ann.id, { fullName: "Ann A", email: undefined });
    expect(renamed).toEqual({ ...ann, fullName: "Ann A" });
    expect(await users.update(ann.id, { email: "ann@example.com" })).toEqual(renamed);
    const error = await users.update(ann.id, { email: "bob@example.com" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailTaken);
    expect((error as EmailTaken).email).toBe("bob@example.com");
    expect(await users.findById(ann.id)).toEqual(renamed);
  });

  it("answers null when updating and false when removing a user that does not exist", async () => {
    const { users } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    expect(await users.remove(ann.id)).toBe(true);
    expect(await users.update(ann.id, { fullName: "x" })).toBeNull();
    expect(await users.remove(ann.id)).toBe(false);
    expect(await users.findByEmail("ann@example.com")).toBeNull();
  });

  it("removes the user's items with the user, and only theirs", async () => {
    const { users, items } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    const bob = await users.add(newUser("bob@example.com"));
    const annItem = await items.add(newItem(ann.id, { title: "a" }));
    const bobItem = await items.add(newItem(bob.id, { title: "b" }));
    await users.remove(ann.id);
    expect(await items.findById(annItem.id)).toBeNull();
    expect(await items.findById(bobItem.id)).toEqual(bobItem);
  });

  it("lists newest first with skip, limit and the total count, even for users added in one millisecond", async () => {
    const { users } = createInMemoryRepositories();
    for (const name of ["a", "b", "c", "d", "e"]) await users.add(newUser(`${name}@example.com`));
    const page = await users.list({ skip: 1, limit: 2 });
    expect(page.count).toBe(5);
    expect(page.data.map((user) => user.email)).toEqual(["d@example.com", "c@example.com"]);
    expect((await users.list({ skip: 5, limit: 2 })).data).toEqual([]);
    expect((await users.list({ skip: 0, limit: 0 })).count).toBe(5);
  });

  it("refuses a negative or fractional page window, as PostgreSQL's OFFSET and LIMIT do", async () => {
    const { users } = createInMemoryRepositories();
    await expect(users.list({ skip: -1, limit: 10 })).rejects.toThrow(RangeError);
    await expect(users.list({ skip: 0, limit: -1 })).rejects.toThrow(RangeError);
    await expect(users.list({ skip: 0.5, limit: 10 })).rejects.toThrow(RangeError);
  });
});

describe("InMemoryItemRepository", () => {
  it("adds an item for an existing owner and refuses one whose owner does not exist", async () => {
    const { users, items } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    const item = await items.add(newItem(ann.id, { description: "Read it" }));
    expect(item).toMatchObject({ title: "Book", description: "Read it", ownerId: ann.id });
    expect(item.id).toMatch(UUID);
    expect(await items.findById(item.id)).toEqual(item);
    await expect(items.add(newItem("missing", { title: "Orphan" }))).rejects.toThrow();
  });

  it("patches title and description, clears a description with null, and answers null for a missing item", async () => {
    const { users, items } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    const item = await items.add(newItem(ann.id, { description: "Read it" }));
    expect(await items.update(item.id, { title: "Novel" })).toEqual({ ...item, title: "Novel" });
    expect(await items.update(item.id, { description: null })).toEqual({ ...item, title: "Novel", description: null });
    expect(await items.remove(item.id)).toBe(true);
    expect(await items.update(item.id, { title: "x" })).toBeNull();
    expect(await items.remove(item.id)).toBe(false);
  });

  it("lists everyone's items or one owner's, newest first, paged, with totals", async () => {
    const { users, items } = createInMemoryRepositories();
    const ann = await users.add(newUser("ann@example.com"));
    const bob = await users.add(newUser("bob@example.com"));
    for (const title of ["a1", "b1", "a2", "b2", "a3"]) {
      await items.add(newItem(title.startsWith("a") ? ann.id : bob.id, { title }));
    }
    const all = await items.list({ skip: 0, limit: 3 });
    expect(all.count).toBe(5);
    expect(all.data.map((item) => item.title)).toEqual(["a3", "b2", "a2"]);
    const anns = await items.list({ skip: 1, limit: 10 }, ownedBy(ann.id));
    expect(anns.count).toBe(3);
    expect(anns.data.map((item) => item.title)).toEqual(["a2", "a1"]);
  });
});
