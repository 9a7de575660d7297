import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { newItem } from "../../adapters/testing/item-builder.js";
import { DeleteUser } from "./delete-user.js";

const notFound = { kind: "not_found", code: "user.not_found", message: "User not found" };

async function setUp() {
  const world = createTestWorld();
  const admin = await world.seedUser({ isSuperuser: true });
  return { ...world, admin, deleteUser: new DeleteUser(world.users, world.trail) };
}

describe("DeleteUser", () => {
  it("lets a superuser delete another account and its items", async () => {
    const { admin, seedUser, users, items, deleteUser } = await setUp();
    const { user } = await seedUser();
    const item = await items.add(newItem(user.id, { title: "Theirs" }));
    await deleteUser.execute(admin.actor, user.id);
    expect(await users.findById(user.id)).toBeNull();
    expect(await items.findById(item.id)).toBeNull();
  });

  it("lets a superuser delete another superuser", async () => {
    const { admin, seedUser, users, deleteUser } = await setUp();
    const other = await seedUser({ isSuperuser: true });
    await deleteUser.execute(admin.actor, other.user.id);
    expect(await users.findById(other.user.id)).toBeNull();
  });

  it("refuses a regular user, even for their own account", async () => {
    const { seedUser, users, deleteUser } = await setUp();
    const regular = await seedUser();
    const insufficient = {
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    };
    expect(await refusalOf(deleteUser.execute(regular.actor, regular.user.id))).toEqual(insufficient);
    expect(await refusalOf(deleteUser.execute(regular.actor, randomUUID()))).toEqual(insufficient);
    expect(await users.findById(regular.user.id)).toEqual(regular.user);
  });

  it("answers not found for an unknown id", async () => {
    const { admin, deleteUser } = await setUp();
    expect(await refusalOf(deleteUser.execute(admin.actor, randomUUID()))).toEqual(notFound);
  });

  it("refuses a superuser deleting themselves", async () => {
    const { admin, users, deleteUser } = await setUp();
    expect(await refusalOf(deleteUser.execute(admin.actor, admin.user.id))).toEqual({
      kind: "forbidden",
      code: "user.superuser_self_delete",
      message: "Super users are not allowed to delete themselves",
    });
    expect(await users.findById(admin.user.id)).toEqual(admin.user);
  });

  it("answers not found when a parallel request deleted the user first", async () => {
    const { admin, seedUser, users, trailThrough } = await setUp();
    const { user } = await seedUser();
    const racing = new InterleavingUserRepository(users, () => users.remove(user.id));
    expect(
      await refusalOf(new DeleteUser(racing, trailThrough({ users: racing })).execute(admin.actor, user.id)),
    ).toEqual(notFound);
  });
});

describe("DeleteUser and sessions", () => {
  it("removes the user's sessions with the account", async () => {
    const { admin, seedUser, sessions, issuer, deleteUser } = await setUp();
    const { user } = await seedUser();
    const grant = await issuer.openForCookie(user, { ip: null, userAgent: null, sessionId: null });
    await deleteUser.execute(admin.actor, user.id);
    expect(await sessions.findById(grant.session.id)).toBeNull();
  });
});
