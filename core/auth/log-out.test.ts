import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { LogOut } from "./log-out.js";

const anonymous = { ip: null, userAgent: null, sessionId: null };

describe("LogOut", () => {
  it("revokes the caller's session and no other", async () => {
    const { seedUser, issuer, sessions, clock } = createTestWorld();
    const logOut = new LogOut(sessions, clock);
    const { user } = await seedUser();
    const current = await issuer.openForBearer(user, anonymous);
    const other = await issuer.openForCookie(user, anonymous);
    await logOut.execute({ ...anonymous, sessionId: current.session.id });
    expect((await sessions.findById(current.session.id))?.revokedAt).toEqual(clock.now());
    expect((await sessions.findById(other.session.id))?.revokedAt).toBeNull();
    await expect(logOut.execute({ ...anonymous, sessionId: current.session.id })).resolves.toBeUndefined();
  });

  it("does nothing for a request without a session", async () => {
    const { seedUser, issuer, sessions, clock } = createTestWorld();
    const { user } = await seedUser();
    const grant = await issuer.openForBearer(user, anonymous);
    await new LogOut(sessions, clock).execute(anonymous);
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
  });
});
