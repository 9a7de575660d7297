import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { UpdateUser } from "./update-user.js";

const idNotFound = {
  kind: "not_found",
  code: "user.id_not_found",
  message: "The user with this id does not exist in the system",
};
const lastSuperuser = {
  kind: "invalid",
  code: "user.last_superuser",
  message: "The last active superuser cannot remove their own privileges",
};
const emailInUse = { kind: "conflict", code: "user.email_in_use", message: "User with this email already exists" };

async function setUp() {
  const world = createTestWorld();
  const admin = await world.seedUser({ isSuperuser: true });
  const target = await world.seedUser({ email: "target@example.com", fullName: "Target" });
  return { ...world, admin, target, updateUser: new UpdateUser(world.users, world.hasher, world.trail) };
}

describe("UpdateUser", () => {
  it("lets a superuser change profile and roles, leaving the password alone", async () => {
    const { admin, target, users, updateUser } = await setUp();
    const changes = { email: "moved@example.com", fullName: null, isActive: false, isSuperuser: true };
    const updated = await updateUser.execute(admin.actor, target.user.id, changes);
    expect(updated).toEqual({ ...target.user, ...changes });
    expect(await users.findById(target.user.id)).toEqual(updated);
  });

  it("hashes a new password and never stores it in clear", async () => {
    const { admin, target, hasher, updateUser } = await setUp();
    const updated = await updateUser.execute(admin.actor, target.user.id, { password: "admin-set-password" });
    expect(updated.hashedPassword).not.toContain("admin-set-password");
    expect((await hasher.verify("admin-set-password", updated.hashedPassword ?? "")).valid).toBe(true);
    expect((await hasher.verify(target.password, updated.hashedPassword ?? "")).valid).toBe(false);
    expect(updated).not.toHaveProperty("password");
  });

  it("accepts the user's own current e-mail", async () => {
    const { admin, target, updateUser } = await setUp();
    const updated = await updateUser.execute(admin.actor, target.user.id, { email: "target@example.com" });
    expect(updated).toEqual(target.user);
  });

  it("refuses a regular user, even editing themselves", async () => {
    const { target, updateUser } = await setUp();
    expect(await refusalOf(updateUser.execute(target.actor, target.user.id, { isSuperuser: true }))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
  });

  it("answers not found for an unknown id", async () => {
    const { admin, updateUser } = await setUp();
    expect(await refusalOf(updateUser.execute(admin.actor, randomUUID(), { fullName: "x" }))).toEqual(idNotFound);
  });

  it("refuses an e-mail another user has", async () => {
    const { admin, target, users, updateUser } = await setUp();
    expect(await refusalOf(updateUser.execute(admin.actor, target.user.id, { email: admin.user.email }))).toEqual(
      emailInUse,
    );
    expect(await users.findById(target.user.id)).toEqual(target.user);
  });

  it("refuses with the same message when the e-mail is taken concurrently", async () => {
    const { admin, target, users, hasher, seedUser, trailThrough } = await setUp();
    const racing = new InterleavingUserRepository(users, () => seedUser({ email: "race@example.com" }));
    const updateUser = new UpdateUser(racing, hasher, trailThrough({ users: racing }));
    expect(await refusalOf(updateUser.execute(admin.actor, target.user.id, { email: "race@example.com" }))).toEqual(
      emailInUse,
    );
  });

  it("answers not found when the user is deleted concurrently", async () => {
    const { admin, target, users, hasher, trailThrough } = await setUp();
    const racing = new InterleavingUserRepository(users, () => users.remove(target.user.id));
    const updateUser = new UpdateUser(racing, hasher, trailThrough({ users: racing }));
    expect(await refusalOf(updateUser.execute(admin.actor, target.user.id, { fullName: "x" }))).toEqual(idNotFound);
  });

  describe("the last active superuser", () => {
    it.each([
      ["demote", { isSuperuser: false }],
      ["deactivate", { isActive: false }],
    ])("cannot %s themselves, and nothing changes", async (_, changes) => {
      const { admin, target, users, updateUser } = await setUp();
      await users.update(target.user.id, { isSuperuser: true, isActive: false });
      const refusal = await refusalOf(updateUser.execute(admin.actor, admin.user.id, { ...changes, fullName: "New" }));
      expect(refusal).toEqual(lastSuperuser);
      expect(await users.findById(admin.user.id)).toEqual(admin.user);
    });

    it("may still edit their own profile and keep their roles", async () => {
      const { admin, updateUser } = await setUp();
      const changes = { fullName: "Still Admin", isSuperuser: true, isActive: true };
      expect(await updateUser.execute(admin.actor, admin.user.id, changes)).toMatchObject(changes);
    });

    it("may step down once another active superuser exists", async () => {
      const { admin, target, users, updateUser } = await setUp();
      await users.update(target.user.id, { isSuperuser: true });
      expect(await updateUser.execute(admin.actor, admin.user.id, { isSuperuser: false })).toMatchObject({
        isSuperuser: false,
      });
    });

    it("may demote and deactivate other superusers", async () => {
      const { admin, target, users, updateUser } = await setUp();
      await users.update(target.user.id, { isSuperuser: true });
      const changes = { isSuperuser: false, isActive: false };
      expect(await updateUser.execute(admin.actor, target.user.id, changes)).toMatchObject(changes);
    });
  });
});

describe("UpdateUser and sessions", () => {
  const anonymous = { ip: null, userAgent: null, sessionId: null };

  it("revokes all the user's sessions on a new password or a deactivation", async () => {
    for (const changes of [{ password: "brand-new-password" }, { isActive: false }]) {
      const { admin, target, issuer, sessions, clock, updateUser } = await setUp();
      const grants = [
        await issuer.openForBearer(target.user, anonymous),
        await issuer.openForCookie(target.user, anonymous),
      ];
      const admins = await issuer.openForBearer(admin.user, anonymous);
      await updateUser.execute(admin.actor, target.user.id, changes);
      for (const grant of grants) expect((await sessions.findById(grant.session.id))?.revokedAt).toEqual(clock.now());
      expect((await sessions.findById(admins.session.id))?.revokedAt).toBeNull();
    }
  });

  it("keeps the sessions on other changes, reactivation included", async () => {
    const { admin, target, issuer, sessions, updateUser } = await setUp();
    const grant = await issuer.openForBearer(target.user, anonymous);
    await updateUser.execute(admin.actor, target.user.id, { fullName: "Renamed", isActive: true, isSuperuser: true });
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
  });

  it("revokes nothing when the change is refused", async () => {
    const { admin, target, seedUser, issuer, sessions, updateUser } = await setUp();
    await seedUser({ email: "taken@example.com" });
    const grant = await issuer.openForBearer(target.user, anonymous);
    await refusalOf(updateUser.execute(admin.actor, target.user.id, { email: "taken@example.com", isActive: false }));
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
  });
});
