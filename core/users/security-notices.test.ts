import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ResetPassword } from "../auth/reset-password.js";
import { ChangePassword } from "./change-password.js";
import { UpdateMe } from "./update-me.js";
import { UpdateUser } from "./update-user.js";

function setUp(mailer: { failing?: boolean; enabled?: boolean } = {}) {
  const world = createTestWorld({ mailer });
  const { users, hasher, tokens, trail } = world;
  return {
    ...world,
    changePassword: new ChangePassword(users, hasher, trail, world.mailer),
    resetPassword: new ResetPassword(users, hasher, tokens, trail, world.mailer),
    updateMe: new UpdateMe(users, world.mailer, world.trail, tokens, world.verification),
    updateUser: new UpdateUser(users, hasher, trail, world.mailer, tokens, world.verification),
  };
}

describe("security notices", () => {
  it("tells the user after they change their password", async () => {
    const { seedUser, changePassword, queuedEmails, clock } = setUp();
    const { actor, user, password } = await seedUser({ email: "ann@example.com" });
    await changePassword.execute(actor, password, "next-password");
    expect(queuedEmails()).toEqual([
      { kind: "password_changed", to: user.email, changedAt: clock.now().toISOString() },
    ]);
  });

  it("tells the user after a password reset, and after an administrator sets their password", async () => {
    const { seedUser, resetPassword, updateUser, tokens, queuedEmails } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { user } = await seedUser({ email: "bob@example.com" });
    await resetPassword.execute(tokens.issueResetToken(user.email, user.hashedPassword), "brand-new-password");
    await updateUser.execute(admin.actor, user.id, { password: "admin-set-password" });
    expect(queuedEmails()).toEqual([
      expect.objectContaining({ kind: "password_changed", to: "bob@example.com" }),
      expect.objectContaining({ kind: "password_changed", to: "bob@example.com" }),
    ]);
  });

  it("announces an e-mail change to the old address, by the user or by an administrator", async () => {
    const { seedUser, updateMe, updateUser, queuedEmails } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { actor, user } = await seedUser({ email: "old@example.com" });
    await updateMe.execute(actor, { email: "new@example.com" });
    await updateUser.execute(admin.actor, user.id, { email: "newer@example.com" });
    expect(queuedEmails()).toEqual([
      { kind: "email_changed", to: "old@example.com", newEmail: "new@example.com", revertToken: expect.any(String) },
      { kind: "verify_email", to: "new@example.com", token: expect.any(String) },
      { kind: "email_changed", to: "new@example.com", newEmail: "newer@example.com", revertToken: expect.any(String) },
      { kind: "verify_email", to: "newer@example.com", token: expect.any(String) },
    ]);
  });

  it("sends nothing when neither the password nor the address changed", async () => {
    const { seedUser, updateMe, updateUser, queuedEmails } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { actor, user } = await seedUser({ email: "same@example.com" });
    await updateMe.execute(actor, { fullName: "Same", email: "SAME@example.com" });
    await updateUser.execute(admin.actor, user.id, { fullName: "Still the same", isSuperuser: false });
    expect(queuedEmails()).toEqual([]);
  });

  it("makes the change and queues nothing when e-mail is off", async () => {
    const { seedUser, changePassword, updateMe, users, queuedEmails, mailer } = setUp({ enabled: false });
    const { actor, password } = await seedUser({ email: "kept@example.com" });
    await changePassword.execute(actor, password, "next-password");
    expect((await updateMe.execute(actor, { email: "moved@example.com" })).email).toBe("moved@example.com");
    expect((await users.findById(actor.id))?.email).toBe("moved@example.com");
    expect(queuedEmails()).toEqual([]);
    expect(mailer.attempts).toBe(0);
  });

  it("queues no notice when the change rolls back", async () => {
    const { seedUser, users, hasher, mailer, queuedEmails, trailThrough } = setUp();
    const { actor, password } = await seedUser({ email: "stays@example.com" });
    const failingAudit = { audit: { record: () => Promise.reject(new Error("audit write failed")) } };
    const changePassword = new ChangePassword(users, hasher, trailThrough(failingAudit), mailer);
    await expect(changePassword.execute(actor, password, "next-password")).rejects.toThrow("audit write failed");
    expect(queuedEmails()).toEqual([]);
  });
});
