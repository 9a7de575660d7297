import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ListMySessions } from "./list-my-sessions.js";

const anonymous = { ip: null, userAgent: null, sessionId: null };

describe("ListMySessions", () => {
  it("lists the caller's live sessions, most recently used first, flags the current one, shows no hashes", async () => {
    const { seedUser, issuer, sessions, clock, policy } = createTestWorld();
    const list = new ListMySessions(sessions, clock, policy);
    const ann = await seedUser();
    const bob = await seedUser();
    const old = await issuer.openForBearer(ann.user, { ...anonymous, userAgent: "old" });
    clock.advance(1_000);
    const current = await issuer.openForCookie(ann.user, { ...anonymous, ip: "203.0.113.7" });
    clock.advance(1_000);
    const revoked = await issuer.openForBearer(ann.user, anonymous);
    await sessions.revoke(revoked.session.id, clock.now());
    await issuer.openForBearer(bob.user, anonymous);
    const listed = await list.execute(ann.actor, { ...anonymous, sessionId: current.session.id });
    expect(listed.map((session) => [session.id, session.current])).toEqual([
      [current.session.id, true],
      [old.session.id, false],
    ]);
    expect(listed[0]).toEqual({
      id: current.session.id,
      userId: ann.user.id,
      createdAt: current.session.createdAt,
      lastUsedAt: current.session.lastUsedAt,
      expiresAt: current.session.expiresAt,
      userAgent: null,
      ipAddress: "203.0.113.7",
      revokedAt: null,
      current: true,
    });
  });

  it("leaves out idle and expired sessions", async () => {
    const { seedUser, issuer, sessions, clock, policy } = createTestWorld();
    const list = new ListMySessions(sessions, clock, policy);
    const ann = await seedUser();
    await issuer.openForBearer(ann.user, anonymous);
    clock.advanceDays(6);
    const recent = await issuer.openForBearer(ann.user, anonymous);
    clock.advanceDays(2);
    expect((await list.execute(ann.actor, anonymous)).map((session) => session.id)).toEqual([recent.session.id]);
  });
});
