import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { RevokeMySession } from "./revoke-my-session.js";

const anonymous = { ip: null, userAgent: null, sessionId: null };
const sessionNotFound = { kind: "not_found", code: "session.not_found", message: "Session not found" };

async function setUp() {
  const world = createTestWorld();
  const ann = await world.seedUser();
  const grant = await world.issuer.openForBearer(ann.user, anonymous);
  return { ...world, ann, grant, revoke: new RevokeMySession(world.sessions, world.trail, world.policy) };
}

describe("RevokeMySession", () => {
  it("revokes one of the caller's sessions", async () => {
    const { revoke, sessions, clock, ann, grant } = await setUp();
    await revoke.execute(ann.actor, grant.session.id);
    expect((await sessions.findById(grant.session.id))?.revokedAt).toEqual(clock.now());
  });

  it("answers not found for another user's session and leaves it alone", async () => {
    const { revoke, sessions, seedUser, grant } = await setUp();
    const bob = await seedUser();
    expect(await refusalOf(revoke.execute(bob.actor, grant.session.id))).toEqual(sessionNotFound);
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
  });

  it("answers not found for an unknown, malformed, revoked or expired session", async () => {
    const { revoke, issuer, clock, ann, grant } = await setUp();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expect(await refusalOf(revoke.execute(ann.actor, id))).toEqual(sessionNotFound);
    }
    await revoke.execute(ann.actor, grant.session.id);
    expect(await refusalOf(revoke.execute(ann.actor, grant.session.id))).toEqual(sessionNotFound);
    const idle = await issuer.openForCookie(ann.user, anonymous);
    clock.advanceDays(7);
    expect(await refusalOf(revoke.execute(ann.actor, idle.session.id))).toEqual(sessionNotFound);
  });
});
