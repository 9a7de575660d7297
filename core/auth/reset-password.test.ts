import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { JwtTokenService } from "../../adapters/security/jwt-token-service.js";
import { ResetPassword } from "./reset-password.js";

const invalidToken = { kind: "invalid", code: "auth.invalid_reset_token", message: "Invalid token" };

function setUp() {
  const world = createTestWorld();
  return { ...world, resetPassword: new ResetPassword(world.users, world.hasher, world.tokens, world.trail) };
}

describe("ResetPassword", () => {
  it("stores a hash of the new password", async () => {
    const { seedUser, users, hasher, tokens, resetPassword } = setUp();
    const { user, password } = await seedUser();
    await resetPassword.execute(tokens.issueResetToken(user.email, user.hashedPassword), "brand-new-password");
    const stored = (await users.findById(user.id))?.hashedPassword ?? "";
    expect((await hasher.verify("brand-new-password", stored)).valid).toBe(true);
    expect((await hasher.verify(password, stored)).valid).toBe(false);
  });

  it("works once: the same token is refused after it was used, even for the same new password", async () => {
    const { seedUser, tokens, resetPassword } = setUp();
    const { user } = await seedUser();
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    await resetPassword.execute(token, "brand-new-password");
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual(invalidToken);
    expect(await refusalOf(resetPassword.execute(token, "another-password"))).toEqual(invalidToken);
  });

  it("refuses a token issued before the password changed another way", async () => {
    const { seedUser, users, hasher, tokens, resetPassword } = setUp();
    const { user } = await seedUser();
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    await users.update(user.id, { hashedPassword: await hasher.hash("changed-elsewhere") });
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual(invalidToken);
  });

  it("lets exactly one of two parallel resets with one token succeed", async () => {
    const { seedUser, users, hasher, tokens, resetPassword } = setUp();
    const { user } = await seedUser();
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    const attempts = await Promise.allSettled([
      resetPassword.execute(token, "first-new-password"),
      resetPassword.execute(token, "second-new-password"),
    ]);
    const refused = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason] : []));
    expect(refused).toHaveLength(1);
    expect(await refusalOf(Promise.reject(refused[0]))).toEqual(invalidToken);
    const stored = (await users.findById(user.id))?.hashedPassword ?? "";
    const winner = attempts[0]?.status === "fulfilled" ? "first-new-password" : "second-new-password";
    expect((await hasher.verify(winner, stored)).valid).toBe(true);
  });

  it("refuses the token when the password changes between its check and the write", async () => {
    const { seedUser, users, hasher, tokens, trailThrough } = setUp();
    const { user } = await seedUser();
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    const racing = new InterleavingUserRepository(users, () => users.update(user.id, { hashedPassword: "elsewhere" }));
    const resetPassword = new ResetPassword(racing, hasher, tokens, trailThrough({ users: racing }));
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual(invalidToken);
    expect((await users.findById(user.id))?.hashedPassword).toBe("elsewhere");
  });

  it("refuses an access token", async () => {
    const { seedUser, tokens, resetPassword } = setUp();
    const { user } = await seedUser();
    expect(await refusalOf(resetPassword.execute(tokens.issueAccessToken(user.id), "brand-new-password"))).toEqual(
      invalidToken,
    );
  });

  it("refuses a malformed token and one signed with another key", async () => {
    const { seedUser, resetPassword } = setUp();
    const { user } = await seedUser();
    const foreign = new JwtTokenService({
      secretKey: "other-key",
      accessTokenExpireMinutes: 60,
      resetTokenExpireHours: 48,
    });
    expect(await refusalOf(resetPassword.execute("garbage", "brand-new-password"))).toEqual(invalidToken);
    const forged = foreign.issueResetToken(user.email, user.hashedPassword);
    expect(await refusalOf(resetPassword.execute(forged, "brand-new-password"))).toEqual(invalidToken);
  });

  it("refuses a valid token for an e-mail that no longer has an account, with the same message", async () => {
    const { seedUser, users, tokens, resetPassword } = setUp();
    const { user } = await seedUser();
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    await users.remove(user.id);
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual(invalidToken);
  });

  it("refuses an inactive user once the token checked out, leaving the password alone", async () => {
    const { seedUser, users, tokens, resetPassword } = setUp();
    const { user } = await seedUser({ isActive: false });
    const token = tokens.issueResetToken(user.email, user.hashedPassword);
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual({
      kind: "invalid",
      code: "auth.inactive_user",
      message: "Inactive user",
    });
    expect((await users.findById(user.id))?.hashedPassword).toBe(user.hashedPassword);
  });

  it("refuses the token when the account is deleted while the new password is being hashed", async () => {
    const world = createTestWorld();
    const { user } = await world.seedUser();
    const racing = new InterleavingUserRepository(world.users, () => world.users.remove(user.id));
    const resetPassword = new ResetPassword(racing, world.hasher, world.tokens, world.trailThrough({ users: racing }));
    const token = world.tokens.issueResetToken(user.email, user.hashedPassword);
    expect(await refusalOf(resetPassword.execute(token, "brand-new-password"))).toEqual(invalidToken);
  });
});

describe("ResetPassword and sessions", () => {
  it("revokes every session of the user, and no one else's", async () => {
    const { seedUser, issuer, sessions, clock, tokens, resetPassword } = setUp();
    const anonymous = { ip: null, userAgent: null, sessionId: null };
    const { user } = await seedUser();
    const bob = await seedUser();
    const own = [await issuer.openForBearer(user, anonymous), await issuer.openForCookie(user, anonymous)];
    const bobs = await issuer.openForBearer(bob.user, anonymous);
    await resetPassword.execute(tokens.issueResetToken(user.email, user.hashedPassword), "brand-new-password");
    for (const grant of own) expect((await sessions.findById(grant.session.id))?.revokedAt).toEqual(clock.now());
    expect((await sessions.findById(bobs.session.id))?.revokedAt).toBeNull();
  });

  it("revokes nothing for an invalid token", async () => {
    const { seedUser, issuer, sessions, resetPassword } = setUp();
    const { user } = await seedUser();
    const grant = await issuer.openForBearer(user, { ip: null, userAgent: null, sessionId: null });
    await refusalOf(resetPassword.execute("not-a-token", "brand-new-password"));
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
  });
});
