import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { DeleteMe } from "./delete-me.js";

describe("DeleteMe", () => {
  it("deletes a regular user's account and their items", async () => {
    const { users, items, seedUser, trail } = createTestWorld();
    const me = await seedUser();
    const item = await items.add(newItem(me.user.id, { title: "Mine" }));
    await new DeleteMe(users, trail).execute(me.actor);
    expect(await users.findById(me.user.id)).toBeNull();
    expect(await items.findById(item.id)).toBeNull();
  });

  it("refuses a superuser and keeps the account", async () => {
    const { users, seedUser, trail } = createTestWorld();
    const admin = await seedUser({ isSuperuser: true });
    expect(await refusalOf(new DeleteMe(users, trail).execute(admin.actor))).toEqual({
      kind: "forbidden",
      code: "user.superuser_self_delete",
      message: "Super users are not allowed to delete themselves",
    });
    expect(await users.findById(admin.user.id)).toEqual(admin.user);
  });

  it("answers user not found when the account is already gone", async () => {
    const { users, seedUser, trail } = createTestWorld();
    const me = await seedUser();
    await users.remove(me.user.id);
    expect(await refusalOf(new DeleteMe(users, trail).execute(me.actor))).toEqual({
      kind: "not_found",
      code: "user.not_found",
      message: "User not found",
    });
  });
});

describe("DeleteMe and sessions", () => {
  it("removes the user's sessions with the account", async () => {
    const { users, sessions, issuer, seedUser, trail } = createTestWorld();
    const me = await seedUser();
    const grant = await issuer.openForBearer(me.user, { ip: null, userAgent: null, sessionId: null });
    await new DeleteMe(users, trail).execute(me.actor);
    expect(await sessions.findById(grant.session.id)).toBeNull();
  });
});
