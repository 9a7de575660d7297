import { describe, expect, it } from "vitest";
import { CountingPasswordHasher } from "../../adapters/memory/counting-password-hasher.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { LogIn } from "./log-in.js";

const incorrectCredentials = {
  kind: "invalid",
  code: "auth.incorrect_credentials",
  message: "Incorrect email or password",
};

function setUp() {
  const world = createTestWorld();
  const hasher = new CountingPasswordHasher(world.hasher);
  return { ...world, counting: hasher, logIn: new LogIn(world.users, hasher, world.tokens) };
}

describe("LogIn", () => {
  it("gives an access token for the user's id when e-mail and password match", async () => {
    const { seedUser, logIn, tokens } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com" });
    const token = await logIn.execute("ann@example.com", password);
    expect(tokens.readAccessToken(token)).toBe(user.id);
  });

  it("refuses a wrong password with the same message as an unknown e-mail", async () => {
    const { seedUser, logIn } = setUp();
    await seedUser({ email: "ann@example.com" });
    expect(await refusalOf(logIn.execute("ann@example.com", "wrong-password"))).toEqual(incorrectCredentials);
  });

  it("still spends one dummy verification on an unknown e-mail before refusing", async () => {
    const { logIn, counting } = setUp();
    expect(await refusalOf(logIn.execute("nobody@example.com", "whatever1"))).toEqual(incorrectCredentials);
    expect(counting.calls).toEqual({ hash: 0, verify: 0, verifyDummy: 1 });
  });

  it("matches the e-mail exactly: another case is an unknown account", async () => {
    const { seedUser, logIn, counting } = setUp();
    const { password } = await seedUser({ email: "ann@example.com" });
    expect(await refusalOf(logIn.execute("Ann@example.com", password))).toEqual(incorrectCredentials);
    expect(counting.calls.verifyDummy).toBe(1);
  });

  it("tells an inactive user so once the password matched", async () => {
    const { seedUser, logIn } = setUp();
    const { password } = await seedUser({ email: "ann@example.com", isActive: false });
    expect(await refusalOf(logIn.execute("ann@example.com", password))).toEqual({
      kind: "invalid",
      code: "auth.inactive_user",
      message: "Inactive user",
    });
  });

  it("does not reveal that an account is inactive to a wrong password", async () => {
    const { seedUser, logIn } = setUp();
    await seedUser({ email: "ann@example.com", isActive: false });
    expect(await refusalOf(logIn.execute("ann@example.com", "wrong-password"))).toEqual(incorrectCredentials);
  });

  it("replaces a legacy hash with a current one on a successful login", async () => {
    const { users, hasher, logIn } = setUp();
    const legacy = await hasher.legacyHash("old-password");
    const user = await users.add({
      email: "ann@example.com",
      fullName: null,
      hashedPassword: legacy,
      isActive: true,
      isSuperuser: false,
    });
    await logIn.execute("ann@example.com", "old-password");
    const stored = (await users.findById(user.id))?.hashedPassword ?? "";
    expect(stored).not.toBe(legacy);
    expect(await hasher.verify("old-password", stored)).toEqual({ valid: true, needsRehash: false });
  });

  it("keeps a current hash as it is", async () => {
    const { seedUser, users, logIn, counting } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com" });
    await logIn.execute("ann@example.com", password);
    expect((await users.findById(user.id))?.hashedPassword).toBe(user.hashedPassword);
    expect(counting.calls).toEqual({ hash: 0, verify: 1, verifyDummy: 0 });
  });

  it("does not upgrade the hash of an inactive user", async () => {
    const { users, hasher, logIn } = setUp();
    const legacy = await hasher.legacyHash("old-password");
    const user = await users.add({
      email: "ann@example.com",
      fullName: null,
      hashedPassword: legacy,
      isActive: false,
      isSuperuser: false,
    });
    expect((await refusalOf(logIn.execute("ann@example.com", "old-password"))).code).toBe("auth.inactive_user");
    expect((await users.findById(user.id))?.hashedPassword).toBe(legacy);
  });
});
