import { randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { JwtTokenService } from "./jwt-token-service.js";

const SECRET = "test-secret-key-with-enough-entropy";
const settings = { secretKey: SECRET, accessTokenExpireMinutes: 60, resetTokenExpireHours: 48 };
const NOW = Date.UTC(2030, 0, 1, 12, 0, 0, 250);
const NOW_SECONDS = Math.floor(NOW / 1000);
const inDays = (days: number) => new Date(NOW + days * 86_400_000);

describe("JwtTokenService session-bound access tokens", () => {
  const tokens = new JwtTokenService({ ...settings, now: () => NOW });

  it("carries sub, exp, purpose and the session id as sid, and reads them back", () => {
    const userId = randomUUID();
    const sessionId = randomUUID();
    const issued = tokens.issueSessionAccessToken(userId, { id: sessionId, expiresAt: inDays(30) });
    expect(jwt.decode(issued.token)).toEqual({
      sub: userId,
      exp: NOW_SECONDS + 3600,
      purpose: "access",
      sid: sessionId,
    });
    expect(issued.expiresIn).toBe(3600);
    expect(tokens.readAccessClaims(issued.token)).toEqual({ userId, sessionId });
    expect(tokens.readAccessToken(issued.token)).toBe(userId);
  });

  it("never outlives its session: exp is capped at the session's expiry", () => {
    const expiresAt = new Date(NOW + 600_000);
    const issued = tokens.issueSessionAccessToken(randomUUID(), { id: randomUUID(), expiresAt });
    expect(jwt.decode(issued.token)).toMatchObject({ exp: NOW_SECONDS + 600 });
    expect(issued.expiresIn).toBe(600);
  });

  it("reads a token without sid as sessionless", () => {
    const userId = randomUUID();
    expect(tokens.readAccessClaims(tokens.issueAccessToken(userId))).toEqual({ userId, sessionId: null });
  });

  it("refuses a sid that is not a UUID, and reset tokens", () => {
    for (const sid of ["", "abc", 42, null]) {
      const token = jwt.sign({ sub: randomUUID(), exp: NOW_SECONDS + 60, purpose: "access", sid }, SECRET);
      expect(tokens.readAccessClaims(token), String(sid)).toBeNull();
    }
    expect(tokens.readAccessClaims(tokens.issueResetToken("user@example.com", "hash"))).toBeNull();
  });

  it("refuses an expired session token", () => {
    let now = NOW;
    const clocked = new JwtTokenService({ ...settings, now: () => now });
    const { token } = clocked.issueSessionAccessToken(randomUUID(), { id: randomUUID(), expiresAt: inDays(30) });
    now += 3601 * 1000;
    expect(clocked.readAccessClaims(token)).toBeNull();
  });
});
