import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { LogInWithCookie } from "./log-in-with-cookie.js";

const context = { ip: "198.51.100.1", userAgent: null, sessionId: null };

function setUp() {
  const world = createTestWorld();
  return { ...world, logIn: new LogInWithCookie(world.users, world.hasher, world.issuer, world.trail) };
}

describe("LogInWithCookie", () => {
  it("opens a cookie session and gives its secret, stored only as a hash", async () => {
    const { seedUser, logIn, sessions, secrets } = setUp();
    const { user, password } = await seedUser({ email: "ann@example.com" });
    const grant = await logIn.execute("ann@example.com", password, context);
    expect(grant.user).toEqual(user);
    expect(grant.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sessions.findByCookieTokenHash(secrets.hash(grant.secret))).toEqual(grant.session);
    expect(grant.session).toMatchObject({ userId: user.id, refreshTokenHash: null, userAgent: null });
  });

  it("refuses wrong credentials as the bearer login does", async () => {
    const { seedUser, logIn } = setUp();
    await seedUser({ email: "ann@example.com" });
    expect((await refusalOf(logIn.execute("ann@example.com", "wrong", context))).code).toBe(
      "auth.incorrect_credentials",
    );
  });
});
