import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { EnsureFirstSuperuser } from "./ensure-first-superuser.js";

describe("EnsureFirstSuperuser", () => {
  it("creates an active superuser with the given password and says so", async () => {
    const { users, hasher, clock } = createTestWorld();
    expect(await new EnsureFirstSuperuser(users, hasher, clock).execute("admin@example.com", "admin-password")).toBe(
      true,
    );
    const admin = await users.findByEmail("admin@example.com");
    expect(admin).toMatchObject({ isActive: true, isSuperuser: true, fullName: null, emailVerifiedAt: clock.now() });
    expect((await hasher.verify("admin-password", admin?.hashedPassword ?? "")).valid).toBe(true);
  });

  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const { users, hasher, clock } = createTestWorld();
    const ensure = new EnsureFirstSuperuser(users, hasher, clock);
    await ensure.execute("admin@example.com", "admin-password");
    const first = await users.findByEmail("admin@example.com");
    expect(await ensure.execute("admin@example.com", "admin-password")).toBe(false);
    expect(await users.findByEmail("admin@example.com")).toEqual(first);
    expect((await users.list({ skip: 0, limit: 10 })).count).toBe(1);
  });

  it("leaves an existing account with that e-mail untouched, password and roles included", async () => {
    const { users, hasher, seedUser, clock } = createTestWorld();
    const { user, password } = await seedUser({ email: "admin@example.com", isSuperuser: false });
    expect(await new EnsureFirstSuperuser(users, hasher, clock).execute("admin@example.com", "another-password")).toBe(
      false,
    );
    expect(await users.findById(user.id)).toEqual(user);
    expect((await hasher.verify(password, user.hashedPassword ?? "")).valid).toBe(true);
  });

  it("answers false when another process seeds the same account at the same time", async () => {
    const { users, hasher, seedUser, clock } = createTestWorld();
    const racing = new InterleavingUserRepository(users, () => seedUser({ email: "admin@example.com" }));
    expect(await new EnsureFirstSuperuser(racing, hasher, clock).execute("admin@example.com", "admin-password")).toBe(
      false,
    );
    expect((await users.list({ skip: 0, limit: 10 })).count).toBe(1);
  });

  it("passes on a storage failure other than a taken e-mail", async () => {
    const { users, hasher, clock } = createTestWorld();
    const failing = new InterleavingUserRepository(users, async () => {
      throw new Error("database unreachable");
    });
    await expect(new EnsureFirstSuperuser(failing, hasher, clock).execute("admin@example.com", "pw")).rejects.toThrow(
      "database unreachable",
    );
  });

  it.each([
    ["active", true],
    ["deactivated", false],
  ])(
    "creates nothing while another, %s superuser exists (a renamed seed admin is not duplicated)",
    async (_, isActive) => {
      const { users, hasher, seedUser, clock } = createTestWorld();
      await seedUser({ email: "renamed-admin@example.com", isSuperuser: true, isActive });
      expect(await new EnsureFirstSuperuser(users, hasher, clock).execute("admin@example.com", "admin-password")).toBe(
        false,
      );
      expect(await users.findByEmail("admin@example.com")).toBeNull();
    },
  );

  it("still seeds when only regular users exist", async () => {
    const { users, hasher, seedUser, clock } = createTestWorld();
    await seedUser({ email: "someone@example.com" });
    expect(await new EnsureFirstSuperuser(users, hasher, clock).execute("admin@example.com", "admin-password")).toBe(
      true,
    );
  });
});
