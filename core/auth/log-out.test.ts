import { describe, expect, it } from "vitest";
import { actorOf, createTestWorld } from "../../adapters/memory/test-world.js";
import { LogOut } from "./log-out.js";

const anonymous = { ip: null, userAgent: null, sessionId: null };

describe("LogOut", () => {
  it("revokes the caller's session and no other, and records it", async () => {
    const { seedUser, issuer, sessions, clock, trail, audit } = createTestWorld();
    const logOut = new LogOut(trail);
    const { user } = await seedUser();
    const current = await issuer.openForBearer(user, anonymous);
    const other = await issuer.openForCookie(user, anonymous);
    const context = { ip: "203.0.113.5", userAgent: "agent/1", sessionId: current.session.id };
    await logOut.execute(actorOf(user), context);
    expect((await sessions.findById(current.session.id))?.revokedAt).toEqual(clock.now());
    expect((await sessions.findById(other.session.id))?.revokedAt).toBeNull();
    await expect(logOut.execute(actorOf(user), context)).resolves.toBeUndefined();
    const { data } = await audit.list({ skip: 0, limit: 10 }, {});
    expect(data).toEqual([
      expect.objectContaining({
        action: "auth.logout",
        actorId: user.id,
        actorEmail: user.email,
        targetType: "session",
        targetId: current.session.id,
        ipAddress: "203.0.113.5",
        userAgent: "agent/1",
        occurredAt: clock.now(),
      }),
    ]);
  });

  it("does nothing for a request without a session", async () => {
    const { seedUser, issuer, sessions, trail, audit } = createTestWorld();
    const { user } = await seedUser();
    const grant = await issuer.openForBearer(user, anonymous);
    await new LogOut(trail).execute(actorOf(user), anonymous);
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
    expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
  });
});
