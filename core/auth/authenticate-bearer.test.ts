import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { AuthenticateBearer } from "./authenticate-bearer.js";
import type { SessionPolicy } from "./session.js";

const context = { ip: null, userAgent: null, sessionId: null };
const invalidCredentials = { kind: "forbidden", code: "auth.invalid_token", message: "Could not validate credentials" };

async function setUp(policy?: SessionPolicy) {
  const world = createTestWorld();
  const authenticate = new AuthenticateBearer(world.sessions, world.tokens, world.clock, policy ?? world.policy);
  const ann = await world.seedUser();
  const grant = await world.issuer.openForBearer(ann.user, context);
  return { ...world, authenticate, ann, grant };
}

describe("AuthenticateBearer", () => {
  it("resolves a session-bound token to its user and session", async () => {
    const { authenticate, ann, grant } = await setUp();
    expect(await authenticate.execute(grant.accessToken)).toEqual({ user: ann.user, session: grant.session });
  });

  it("refuses a malformed token, and a valid token without a session", async () => {
    const { authenticate, tokens, ann } = await setUp();
    expect(await refusalOf(authenticate.execute("not-a-token"))).toEqual(invalidCredentials);
    expect(await refusalOf(authenticate.execute(tokens.issueAccessToken(ann.user.id)))).toEqual(invalidCredentials);
  });

  it("refuses the token of a revoked session on the very next call", async () => {
    const { authenticate, sessions, clock, grant } = await setUp();
    await sessions.revoke(grant.session.id, clock.now());
    expect(await refusalOf(authenticate.execute(grant.accessToken))).toEqual(invalidCredentials);
  });

  it("refuses the token of an idle session", async () => {
    const { authenticate, clock, grant } = await setUp({ expireDays: 30, idleDays: 1 / 24 / 60 });
    clock.advance(61_000);
    expect(await refusalOf(authenticate.execute(grant.accessToken))).toEqual(invalidCredentials);
  });

  it("refuses a token naming another user's session", async () => {
    const { authenticate, tokens, seedUser, grant } = await setUp();
    const bob = await seedUser();
    const forged = tokens.issueSessionAccessToken(bob.user.id, grant.session);
    expect(await refusalOf(authenticate.execute(forged.token))).toEqual(invalidCredentials);
  });

  it("answers user not found, then inactive user, before looking at the session", async () => {
    const { authenticate, users, sessions, clock, ann, grant } = await setUp();
    await sessions.revoke(grant.session.id, clock.now());
    await users.update(ann.user.id, { isActive: false });
    expect((await refusalOf(authenticate.execute(grant.accessToken))).code).toBe("auth.inactive_user");
    await users.update(ann.user.id, { isActive: true });
    expect(await refusalOf(authenticate.execute(grant.accessToken))).toEqual(invalidCredentials);
    await users.remove(ann.user.id);
    expect((await refusalOf(authenticate.execute(grant.accessToken))).code).toBe("auth.user_not_found");
  });

  it("records the session's use at most once a minute", async () => {
    const { authenticate, sessions, clock, grant } = await setUp();
    const opened = grant.session.lastUsedAt;
    clock.advance(30_000);
    expect((await authenticate.execute(grant.accessToken)).session.lastUsedAt).toEqual(opened);
    expect((await sessions.findById(grant.session.id))?.lastUsedAt).toEqual(opened);
    clock.advance(30_000);
    const used = await authenticate.execute(grant.accessToken);
    expect(used.session.lastUsedAt).toEqual(clock.now());
    expect((await sessions.findById(grant.session.id))?.lastUsedAt).toEqual(clock.now());
  });
});
