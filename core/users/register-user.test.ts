import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { RegisterUser } from "./register-user.js";

const emailTaken = {
  kind: "conflict",
  code: "user.email_taken",
  message: "The user with this email already exists in the system",
};

describe("RegisterUser", () => {
  it("creates an active, regular account with a hashed password", async () => {
    const { users, hasher, trail, verification } = createTestWorld();
    const user = await new RegisterUser(users, hasher, trail, verification).execute({
      email: "ann@example.com",
      password: "sign-up-password",
      fullName: "Ann",
    });
    expect(user).toMatchObject({ email: "ann@example.com", fullName: "Ann", isActive: true, isSuperuser: false });
    expect(user.hashedPassword).not.toContain("sign-up-password");
    expect((await hasher.verify("sign-up-password", user.hashedPassword ?? "")).valid).toBe(true);
    expect(await users.findByEmail("ann@example.com")).toEqual(user);
  });

  it("refuses an e-mail that already has an account", async () => {
    const { users, hasher, seedUser, trail, verification } = createTestWorld();
    await seedUser({ email: "ann@example.com" });
    const register = new RegisterUser(users, hasher, trail, verification);
    const input = { email: "ann@example.com", password: "sign-up-password", fullName: null };
    expect(await refusalOf(register.execute(input))).toEqual(emailTaken);
  });

  it("refuses with the same message when a concurrent sign-up takes the e-mail first", async () => {
    const { users, hasher, seedUser, trailThrough, verification } = createTestWorld();
    const racing = new InterleavingUserRepository(users, () => seedUser({ email: "ann@example.com" }));
    const input = { email: "ann@example.com", password: "sign-up-password", fullName: null };
    expect(
      await refusalOf(new RegisterUser(racing, hasher, trailThrough({ users: racing }), verification).execute(input)),
    ).toEqual(emailTaken);
    expect((await users.list({ skip: 0, limit: 10 })).count).toBe(1);
  });
});

describe("RegisterUser on a failing store", () => {
  it("passes on a storage failure other than a taken e-mail unchanged", async () => {
    const { users, hasher, trailThrough, verification } = createTestWorld();
    const failure = new Error("database unreachable");
    const failing = new InterleavingUserRepository(users, async () => {
      throw failure;
    });
    const input = { email: "ann@example.com", password: "sign-up-password", fullName: null };
    await expect(
      new RegisterUser(failing, hasher, trailThrough({ users: failing }), verification).execute(input),
    ).rejects.toBe(failure);
  });
});
