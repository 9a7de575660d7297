import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PasswordCheck, PasswordHasher } from "../../../core/users/ports.js";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

/**
 * Holds the next verification of one password until released, as a busy hash queue holds a login that has read the
 * user but not yet checked the password: everything else hashes at once.
 */
class HeldPasswordHasher implements PasswordHasher {
  private readonly inner = new FastPasswordHasher();
  private held: { password: string; reached: () => void; release: Promise<void> } | null = null;

  hold(password: string): { reached: Promise<void>; release: () => void } {
    let release = () => {};
    let reached = () => {};
    const reachedPromise = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = { password, reached, release: released };
    return { reached: reachedPromise, release };
  }

  hash(password: string): Promise<string> {
    return this.inner.hash(password);
  }

  async verify(password: string, hashedPassword: string): Promise<PasswordCheck> {
    const held = this.held;
    if (held?.password === password) {
      this.held = null;
      held.reached();
      await held.release;
    }
    return this.inner.verify(password, hashedPassword);
  }

  verifyDummy(password: string): Promise<void> {
    return this.inner.verifyDummy(password);
  }
}

describe.each(testDatabaseKinds())("a login racing an admin's change of the account (%s)", (database) => {
  const hasher = new HeldPasswordHasher();
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp({ database, hasher });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const liveSessions = async (userId: string) =>
    (await app.knex("session").where({ user_id: userId }).whereNull("revoked_at")).length;

  const newPassword = { password: "the-admins-new-password" };
  it.each([
    ["password change", "/api/v1/login/access-token", newPassword, "Incorrect email or password"],
    ["password change", "/api/v1/login/session", newPassword, "Incorrect email or password"],
    ["deactivation", "/api/v1/login/access-token", { is_active: false }, "Inactive user"],
  ])("an admin's %s committed while %s checked the old password: no session", async (_, path, change, detail) => {
    const user = await signUpAndLogIn(app);
    const { reached, release } = hasher.hold(user.password);
    const login = app.call("POST", path, {
      form: { username: user.email, password: user.password },
      headers: { origin: app.config.frontendHost },
    });
    await reached;
    const changed = await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json: change });
    expect(changed.status).toBe(200);
    expect(await liveSessions(user.id)).toBe(0);
    release();
    expect(await login).toMatchObject({ status: 400, body: { detail } });
    expect(await liveSessions(user.id)).toBe(0);
  });
});
