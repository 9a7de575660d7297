import { describe, expect, it } from "vitest";
import { DEFAULT_SESSION_POLICY, Session } from "./session.js";

const T0 = new Date("2030-01-01T12:00:00Z");
const DAY = 86_400_000;
const later = (ms: number) => new Date(T0.getTime() + ms);
const context = { ip: "203.0.113.7", userAgent: "Mozilla/5.0", sessionId: null };
const hashes = { refreshTokenHash: "r", cookieTokenHash: null };
const open = () => ({ ...Session.open("u", context, hashes, T0, DEFAULT_SESSION_POLICY), id: "s", revokedAt: null });

describe("Session", () => {
  it("opens with its creation as last use, expiring after SESSION_EXPIRE_DAYS", () => {
    expect(open()).toMatchObject({ userId: "u", createdAt: T0, lastUsedAt: T0, expiresAt: later(30 * DAY) });
    expect(open()).toMatchObject({ userAgent: "Mozilla/5.0", ipAddress: "203.0.113.7", refreshTokenHash: "r" });
  });

  it("keeps the first 255 characters of the user agent", () => {
    const long = Session.open("u", { ...context, userAgent: "x".repeat(300) }, hashes, T0, DEFAULT_SESSION_POLICY);
    expect(long.userAgent).toBe("x".repeat(255));
  });

  it("ends after SESSION_IDLE_DAYS without use, and at its expiry however often it is used", () => {
    const session = open();
    expect(Session.isLive(session, later(7 * DAY - 1), DEFAULT_SESSION_POLICY)).toBe(true);
    expect(Session.isLive(session, later(7 * DAY), DEFAULT_SESSION_POLICY)).toBe(false);
    const busy = { ...session, lastUsedAt: later(29 * DAY) };
    expect(Session.endsAt(busy, DEFAULT_SESSION_POLICY)).toEqual(later(30 * DAY));
    expect(Session.isLive(busy, later(30 * DAY - 1), DEFAULT_SESSION_POLICY)).toBe(true);
    expect(Session.isLive(busy, later(30 * DAY), DEFAULT_SESSION_POLICY)).toBe(false);
    expect(Session.idleCutoff(later(8 * DAY), DEFAULT_SESSION_POLICY)).toEqual(later(DAY));
  });

  it("is over once revoked", () => {
    expect(Session.isLive({ ...open(), revokedAt: T0 }, T0, DEFAULT_SESSION_POLICY)).toBe(false);
  });

  it("wants its last use recorded at most once a minute", () => {
    expect(Session.needsTouch(open(), later(59_999))).toBe(false);
    expect(Session.needsTouch(open(), later(60_000))).toBe(true);
  });
});
