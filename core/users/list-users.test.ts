import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ListUsers } from "./list-users.js";

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
});
