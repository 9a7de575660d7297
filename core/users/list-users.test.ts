import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ListUsers } from "./list-users.js";
import { NEWEST_USERS_FIRST } from "./user-list-query.js";

describe("ListUsers", () => {
  it("gives a superuser every user, newest first, paged, with the total", async () => {
    const { users, seedUser } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true, email: "admin@example.com" });
    for (const email of ["a@example.com", "b@example.com", "c@example.com"]) await seedUser({ email });
    const page = await new ListUsers(users).execute(admin.actor, { skip: 1, limit: 2 });
    expect(page.count).toBe(4);
    expect(page.data.map((user) => user.email)).toEqual(["b@example.com", "a@example.com"]);
    const all = await new ListUsers(users).execute(admin.actor, { skip: 0, limit: 100 });
    expect(all.data.map((user) => user.email)).toEqual([
      "c@example.com",
      "b@example.com",
      "a@example.com",
      "admin@example.com",
    ]);
  });

  it("refuses a regular user", async () => {
    const { users, seedUser } = createTestWorld();
    const regular = await seedUser();
    expect(await refusalOf(new ListUsers(users).execute(regular.actor, { skip: 0, limit: 100 }))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
  });

  it("gives a superuser the users matching a search and filters, in the asked order", async () => {
    const { users, seedUser } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true, email: "admin@example.com" });
    await seedUser({ email: "zed@example.com", fullName: "Zed" });
    await seedUser({ email: "amy@example.com", fullName: "Amy" });
    await seedUser({ email: "off@example.com", fullName: "Amy Off", isActive: false });
    const query = { ...NEWEST_USERS_FIRST, search: "example", sort: "fullName" as const, order: "asc" as const };
    const page = await new ListUsers(users).execute(
      admin.actor,
      { skip: 0, limit: 2 },
      {
        ...query,
        filters: { isActive: true, isSuperuser: false },
      },
    );
    expect(page).toMatchObject({ count: 2, data: [{ email: "amy@example.com" }, { email: "zed@example.com" }] });
  });
});
