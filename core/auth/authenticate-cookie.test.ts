import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { AuthenticateCookie } from "./authenticate-cookie.js";

const context = { ip: null, userAgent: null, sessionId: null };
const notAuthenticated = { kind: "unauthenticated", code: "auth.not_authenticated", message: "Not authenticated" };

async function setUp() {
  const world = createTestWorld();
  const { users, sessions, secrets, clock, policy } = world;
  const authenticate = new AuthenticateCookie(users, sessions, secrets, clock, policy);
  const ann = await world.seedUser();
  const grant = await world.issuer.openForCookie(ann.user, context);
  return { ...world, authenticate, ann, grant };
}

describe("AuthenticateCookie", () => {
  it("resolves a cookie secret to its user and session", async () => {
    const { authenticate, ann, grant } = await setUp();
    expect(await authenticate.execute(grant.secret)).toEqual({ user: ann.user, session: grant.session });
  });

  it("refuses an unknown secret, and the secret of a revoked or expired session", async () => {
    const { authenticate, sessions, clock, grant, secrets } = await setUp();
    expect(await refusalOf(authenticate.execute(secrets.generate()))).toEqual(notAuthenticated);
    clock.advanceDays(7);
    expect(await refusalOf(authenticate.execute(grant.secret))).toEqual(notAuthenticated);
    clock.advanceDays(-7);
    await sessions.revoke(grant.session.id, clock.now());
    expect(await refusalOf(authenticate.execute(grant.secret))).toEqual(notAuthenticated);
  });

  it("tells an inactive user so", async () => {
    const { authenticate, users, ann, grant } = await setUp();
    await users.update(ann.user.id, { isActive: false });
    expect((await refusalOf(authenticate.execute(grant.secret))).code).toBe("auth.inactive_user");
  });
});
