import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { LogInWithBearer } from "./log-in-with-bearer.js";

const context = { ip: "203.0.113.7", userAgent: "Mozilla/5.0", sessionId: null };

function setUp() {
  const world = createTestWorld();
  return { ...world, logIn: new LogInWithBearer(world.users, world.hasher, world.issuer, world.trail) };
}

describe("LogInWithBearer", () => {
  it("opens a session and gives a session-bound access token, a refresh token and its lifetime", async () => {
    const { seedUser, logIn, tokens, sessions, secrets, clock } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com" });
    const grant = await logIn.execute("ann@example.com", password, context);
    expect(tokens.readAccessClaims(grant.accessToken)).toEqual({ userId: user.id, sessionId: grant.session.id });
    expect(grant.expiresIn).toBe(3600);
    const [sessionId, secret] = grant.refreshToken.split(".");
    expect(sessionId).toBe(grant.session.id);
    const stored = await sessions.findById(grant.session.id);
    expect(stored).toMatchObject({ userId: user.id, ipAddress: "203.0.113.7", userAgent: "Mozilla/5.0" });
    expect(stored).toMatchObject({ createdAt: clock.now(), revokedAt: null, cookieTokenHash: null });
    expect(stored?.refreshTokenHash).toBe(secrets.hash(secret ?? ""));
  });

  it("opens a new session at every login", async () => {
    const { seedUser, logIn, sessions, clock } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com" });
    const first = await logIn.execute("ann@example.com", password, context);
    const second = await logIn.execute("ann@example.com", password, context);
    expect(first.session.id).not.toBe(second.session.id);
    expect(first.refreshToken).not.toBe(second.refreshToken);
    const live = await sessions.listLive(user.id, { now: clock.now(), usedSince: new Date(0) });
    expect(live).toHaveLength(2);
  });

  it("opens no session for wrong credentials or an inactive user", async () => {
    const { seedUser, logIn, sessions, clock } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com", isActive: false });
    expect((await refusalOf(logIn.execute("ann@example.com", "wrong", context))).code).toBe(
      "auth.incorrect_credentials",
    );
    expect((await refusalOf(logIn.execute("ann@example.com", password, context))).code).toBe("auth.inactive_user");
    expect(await sessions.listLive(user.id, { now: clock.now(), usedSince: new Date(0) })).toEqual([]);
  });
});
