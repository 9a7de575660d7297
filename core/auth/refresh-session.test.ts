import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { HmacRefreshTokenSeal } from "../../adapters/security/refresh-token-seal.js";
import { RefreshSession } from "./refresh-session.js";

const context = { ip: null, userAgent: null, sessionId: null };
const invalidRefresh = { kind: "invalid", code: "auth.invalid_refresh_token", message: "Invalid refresh token" };

async function setUp() {
  const world = createTestWorld();
  const refresh = new RefreshSession(world.users, world.sessions, world.issuer, world.trail, world.policy);
  const ann = await world.seedUser();
  const grant = await world.issuer.openForBearer(ann.user, context);
  return { ...world, refresh, ann, grant };
}

describe("RefreshSession", () => {
  it("gives a new access and refresh token for the same session and marks it used", async () => {
    const { refresh, tokens, clock, ann, grant } = await setUp();
    clock.advance(5_000);
    const next = await refresh.execute(grant.refreshToken);
    expect(next.refreshToken).not.toBe(grant.refreshToken);
    expect(tokens.readAccessClaims(next.accessToken)).toEqual({ userId: ann.user.id, sessionId: grant.session.id });
    expect(next.session).toMatchObject({ id: grant.session.id, lastUsedAt: clock.now() });
    expect((await refresh.execute(next.refreshToken)).session.id).toBe(grant.session.id);
  });

  it("revokes the whole session when a spent refresh token comes back", async () => {
    const { refresh, sessions, grant } = await setUp();
    const next = await refresh.execute(grant.refreshToken);
    expect(await refusalOf(refresh.execute(grant.refreshToken))).toEqual(invalidRefresh);
    expect((await sessions.findById(grant.session.id))?.revokedAt).not.toBeNull();
    expect(await refusalOf(refresh.execute(next.refreshToken))).toEqual(invalidRefresh);
  });

  it("lets one of two concurrent refreshes with one token win; the other revokes the session", async () => {
    const { refresh, sessions, grant } = await setUp();
    const results = await Promise.allSettled([
      refresh.execute(grant.refreshToken),
      refresh.execute(grant.refreshToken),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await sessions.findById(grant.session.id))?.revokedAt).not.toBeNull();
  });

  it("refuses unknown, malformed, revoked, expired and cookie-session tokens alike", async () => {
    const { refresh, sessions, issuer, clock, ann, grant, secrets, seal } = await setUp();
    const cookie = await issuer.openForCookie(ann.user, context);
    const refused = [
      "",
      "garbage",
      seal.seal(""),
      seal.seal(`${grant.session.id}.`),
      seal.seal(`00000000-0000-4000-8000-000000000000.${secrets.generate()}`),
      seal.seal(`${cookie.session.id}.${cookie.secret}`),
    ];
    for (const token of refused) expect(await refusalOf(refresh.execute(token)), token).toEqual(invalidRefresh);
    clock.advanceDays(7);
    expect(await refusalOf(refresh.execute(grant.refreshToken))).toEqual(invalidRefresh);
    clock.advanceDays(-7);
    await sessions.revoke(grant.session.id, clock.now());
    expect(await refusalOf(refresh.execute(grant.refreshToken))).toEqual(invalidRefresh);
  });

  it("refuses a token it did not seal before acting on the session it names, so a forged one revokes nothing", async () => {
    const { refresh, sessions, secrets, grant, audit } = await setUp();
    const [sessionId, secret] = [grant.session.id, grant.refreshToken.split(".")[1] ?? ""];
    const forged = [
      `${sessionId}.${secrets.generate()}`,
      `${sessionId}.${secret}`,
      new HmacRefreshTokenSeal("another-key-that-did-not-seal-it").seal(`${sessionId}.${secrets.generate()}`),
      grant.refreshToken.replace(secret, secrets.generate()),
    ];
    for (const token of forged) expect(await refusalOf(refresh.execute(token)), token).toEqual(invalidRefresh);
    expect((await sessions.findById(sessionId))?.revokedAt).toBeNull();
    expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
    expect((await refresh.execute(grant.refreshToken)).session.id).toBe(sessionId);
  });

  it("refuses the refresh token of a deactivated user", async () => {
    const { refresh, users, ann, grant } = await setUp();
    await users.update(ann.user.id, { isActive: false });
    expect(await refusalOf(refresh.execute(grant.refreshToken))).toEqual(invalidRefresh);
  });
});
