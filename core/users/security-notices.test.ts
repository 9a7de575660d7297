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
    updateMe: new UpdateMe(users, world.mailer, world.trail),
    updateUser: new UpdateUser(users, hasher, trail, world.mailer),
  };
}

describe("security notices", () => {
  it("tells the user after they change their password", async () => {
    const { seedUser, changePassword, mailer } = setUp();
    const { actor, user, password } = await seedUser({ email: "ann@example.com" });
    await changePassword.execute(actor, password, "next-password");
    expect(mailer.outbox).toEqual([{ kind: "password_changed", to: user.email }]);
  });

  it("tells the user after a password reset, and after an administrator sets their password", async () => {
    const { seedUser, resetPassword, updateUser, tokens, mailer } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { user } = await seedUser({ email: "bob@example.com" });
    await resetPassword.execute(tokens.issueResetToken(user.email, user.hashedPassword), "brand-new-password");
    await updateUser.execute(admin.actor, user.id, { password: "admin-set-password" });
    expect(mailer.outbox).toEqual([
      { kind: "password_changed", to: "bob@example.com" },
      { kind: "password_changed", to: "bob@example.com" },
    ]);
  });

  it("announces an e-mail change to the old address, by the user or by an administrator", async () => {
    const { seedUser, updateMe, updateUser, mailer } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { actor, user } = await seedUser({ email: "old@example.com" });
    await updateMe.execute(actor, { email: "new@example.com" });
    await updateUser.execute(admin.actor, user.id, { email: "newer@example.com" });
    expect(mailer.outbox).toEqual([
      { kind: "email_changed", to: "old@example.com", newEmail: "new@example.com" },
      { kind: "email_changed", to: "new@example.com", newEmail: "newer@example.com" },
    ]);
  });

  it("sends nothing when neither the password nor the address changed", async () => {
    const { seedUser, updateMe, updateUser, mailer } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { actor, user } = await seedUser({ email: "same@example.com" });
    await updateMe.execute(actor, { fullName: "Same", email: "SAME@example.com" });
    await updateUser.execute(admin.actor, user.id, { fullName: "Still the same", isSuperuser: false });
    expect(mailer.outbox).toEqual([]);
  });

  it("keeps the change when the notice cannot be sent, and when e-mail is off", async () => {
    for (const options of [{ failing: true }, { enabled: false }]) {
      const { seedUser, changePassword, updateMe, users, mailer } = setUp(options);
      const { actor, password } = await seedUser({ email: "kept@example.com" });
      await changePassword.execute(actor, password, "next-password");
      expect((await updateMe.execute(actor, { email: "moved@example.com" })).email).toBe("moved@example.com");
      expect((await users.findById(actor.id))?.email).toBe("moved@example.com");
      expect(mailer.outbox).toEqual([]);
      expect(mailer.attempts).toBe(options.failing ? 2 : 0);
    }
  });
});
