import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { RevokeMyOtherSessions } from "./revoke-my-other-sessions.js";

const anonymous = { ip: null, userAgent: null, sessionId: null };

describe("RevokeMyOtherSessions", () => {
  it("revokes every session of the caller but the current one, and nobody else's", async () => {
    const { seedUser, issuer, sessions, clock, trail } = createTestWorld();
    const ann = await seedUser();
    const bob = await seedUser();
    const current = await issuer.openForCookie(ann.user, anonymous);
    const others = [await issuer.openForBearer(ann.user, anonymous), await issuer.openForCookie(ann.user, anonymous)];
    const bobs = await issuer.openForBearer(bob.user, anonymous);
    await new RevokeMyOtherSessions(trail).execute(ann.actor, {
      ...anonymous,
      sessionId: current.session.id,
    });
    expect((await sessions.findById(current.session.id))?.revokedAt).toBeNull();
    for (const other of others) expect((await sessions.findById(other.session.id))?.revokedAt).toEqual(clock.now());
    expect((await sessions.findById(bobs.session.id))?.revokedAt).toBeNull();
  });
});
