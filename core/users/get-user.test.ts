import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { GetUser } from "./get-user.js";

const insufficient = {
  kind: "forbidden",
  code: "auth.insufficient_privileges",
  message: "The user doesn't have enough privileges",
};

describe("GetUser", () => {
  it("lets a regular user read themselves", async () => {
    const { users, seedUser } = createTestWorld();
    const me = await seedUser();
    expect(await new GetUser(users).execute(me.actor, me.user.id)).toEqual(me.user);
  });

  it("lets a superuser read anyone", async () => {
    const { users, seedUser } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true });
    const other = await seedUser();
    expect(await new GetUser(users).execute(admin.actor, other.user.id)).toEqual(other.user);
  });

  it("refuses a regular user reading someone else, whether or not that account exists", async () => {
    const { users, seedUser } = createTestWorld();
    const me = await seedUser();
    const other = await seedUser();
    expect(await refusalOf(new GetUser(users).execute(me.actor, other.user.id))).toEqual(insufficient);
    expect(await refusalOf(new GetUser(users).execute(me.actor, randomUUID()))).toEqual(insufficient);
  });

  it("answers not found to a superuser asking for an unknown id", async () => {
    const { users, seedUser } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true });
    expect(await refusalOf(new GetUser(users).execute(admin.actor, randomUUID()))).toEqual({
      kind: "not_found",
      code: "user.not_found",
      message: "User not found",
    });
  });

  it("answers not found to a user reading their own deleted account", async () => {
    const { users, seedUser } = createTestWorld();
    const me = await seedUser();
    await users.remove(me.user.id);
    expect((await refusalOf(new GetUser(users).execute(me.actor, me.user.id))).code).toBe("user.not_found");
  });
});
