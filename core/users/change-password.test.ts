import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ChangePassword } from "./change-password.js";

const userNotFound = { kind: "not_found", code: "user.not_found", message: "User not found" };

async function setUp() {
  const world = createTestWorld();
  const me = await world.seedUser({ password: "current-password" });
  return { ...world, me, changePassword: new ChangePassword(world.users, world.hasher, world.trail) };
}

describe("ChangePassword", () => {
  it("stores a hash of the new password once the current one is proven", async () => {
    const { me, users, hasher, changePassword } = await setUp();
    await changePassword.execute(me.actor, "current-password", "next-password");
    const stored = (await users.findById(me.user.id))?.hashedPassword ?? "";
    expect((await hasher.verify("next-password", stored)).valid).toBe(true);
    expect((await hasher.verify("current-password", stored)).valid).toBe(false);
  });

  it("refuses a wrong current password, checked before anything else", async () => {
    const { me, users, changePassword } = await setUp();
    expect(await refusalOf(changePassword.execute(me.actor, "wrong-password", "wrong-password"))).toEqual({
      kind: "invalid",
      code: "user.incorrect_password",
      message: "Incorrect password",
    });
    expect((await users.findById(me.user.id))?.hashedPassword).toBe(me.user.hashedPassword);
  });

  it("refuses a new password equal to the current one", async () => {
    const { me, changePassword } = await setUp();
    expect(await refusalOf(changePassword.execute(me.actor, "current-password", "current-password"))).toEqual({
      kind: "invalid",
      code: "user.same_password",
      message: "New password cannot be the same as the current one",
    });
  });

  it("answers user not found for an actor whose account is gone", async () => {
    const { me, users, changePassword } = await setUp();
    await users.remove(me.user.id);
    expect(await refusalOf(changePassword.execute(me.actor, "current-password", "next-password"))).toEqual(
      userNotFound,
    );
  });

  it("answers user not found when the account is deleted while the new password is hashed", async () => {
    const { me, users, hasher, trailThrough } = await setUp();
    const racing = new InterleavingUserRepository(users, () => users.remove(me.user.id));
    const changePassword = new ChangePassword(racing, hasher, trailThrough({ users: racing }));
    expect(await refusalOf(changePassword.execute(me.actor, "current-password", "next-password"))).toEqual(
      userNotFound,
    );
  });
});

describe("ChangePassword and sessions", () => {
  it("revokes every other session of the user and keeps the current one", async () => {
    const { me, issuer, sessions, clock, changePassword } = await setUp();
    const anonymous = { ip: null, userAgent: null, sessionId: null };
    const current = await issuer.openForCookie(me.user, anonymous);
    const other = await issuer.openForBearer(me.user, anonymous);
    await changePassword.execute(me.actor, "current-password", "next-password", {
      ...anonymous,
      sessionId: current.session.id,
    });
    expect((await sessions.findById(current.session.id))?.revokedAt).toBeNull();
    expect((await sessions.findById(other.session.id))?.revokedAt).toEqual(clock.now());
  });

  it("revokes nothing when the current password is wrong", async () => {
    const { me, issuer, sessions, changePassword } = await setUp();
    const other = await issuer.openForBearer(me.user, { ip: null, userAgent: null, sessionId: null });
    await refusalOf(changePassword.execute(me.actor, "wrong-password", "next-password"));
    expect((await sessions.findById(other.session.id))?.revokedAt).toBeNull();
  });
});
