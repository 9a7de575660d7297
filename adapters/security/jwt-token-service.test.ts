import { createHmac, randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { JwtTokenService } from "./jwt-token-service.js";

const SECRET = "test-secret-key-with-enough-entropy";
const settings = { secretKey: SECRET, accessTokenExpireMinutes: 60, resetTokenExpireHours: 48 };
const HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const decode = (token: string) => jwt.decode(token, { complete: true });
const inFuture = () => Math.floor(Date.now() / 1000) + 3600;

describe("JwtTokenService access tokens", () => {
  const tokens = new JwtTokenService(settings);

  it("round-trips a user id", () => {
    const userId = randomUUID();
    expect(tokens.readAccessToken(tokens.issueAccessToken(userId))).toBe(userId);
  });

  it("signs HS256 with exactly sub, exp and purpose, exp as whole seconds", () => {
    const now = Date.UTC(2030, 0, 1, 12, 0, 0, 500);
    const token = new JwtTokenService({ ...settings, now: () => now }).issueAccessToken("a-user");
    const decoded = decode(token);
    expect(decoded?.header).toEqual({ alg: "HS256", typ: "JWT" });
    expect(decoded?.payload).toEqual({ sub: "a-user", exp: Math.floor(now / 1000) + 3600, purpose: "access" });
  });

  it("refuses a token past its expiry", () => {
    let now = Date.now();
    const clocked = new JwtTokenService({ ...settings, now: () => now });
    const token = clocked.issueAccessToken(randomUUID());
    now += 61 * 60 * 1000;
    expect(clocked.readAccessToken(token)).toBeNull();
  });

  it("refuses a token signed with another key", () => {
    const other = new JwtTokenService({ ...settings, secretKey: "another-secret-key" });
    expect(tokens.readAccessToken(other.issueAccessToken(randomUUID()))).toBeNull();
  });

  it("refuses a reset token", () => {
    expect(tokens.readAccessToken(tokens.issueResetToken("user@example.com", HASH))).toBeNull();
  });

  it("refuses a reset-purpose token even when its sub is a UUID", () => {
    const forged = jwt.sign({ sub: randomUUID(), exp: inFuture(), purpose: "password_reset" }, SECRET);
    expect(tokens.readAccessToken(forged)).toBeNull();
  });

  it("refuses a token without a purpose, such as one the reference issued", () => {
    expect(tokens.readAccessToken(jwt.sign({ sub: randomUUID(), exp: inFuture() }, SECRET))).toBeNull();
  });

  it("refuses a token without an expiry", () => {
    expect(tokens.readAccessToken(jwt.sign({ sub: randomUUID(), purpose: "access" }, SECRET))).toBeNull();
  });

  it("refuses a sub that is not a UUID", () => {
    for (const sub of ["user@example.com", "1", "", `${randomUUID()}x`]) {
      const token = jwt.sign({ sub, exp: inFuture(), purpose: "access" }, SECRET);
      expect(tokens.readAccessToken(token), sub).toBeNull();
    }
  });

  it("refuses an unsigned alg:none token", () => {
    const header = base64url({ alg: "none", typ: "JWT" });
    const payload = base64url({ sub: randomUUID(), exp: inFuture(), purpose: "access" });
    expect(tokens.readAccessToken(`${header}.${payload}.`)).toBeNull();
    expect(tokens.readAccessToken(`${header}.${payload}`)).toBeNull();
  });

  it("refuses an HS512 token signed with the right key", () => {
    const token = jwt.sign({ sub: randomUUID(), exp: inFuture(), purpose: "access" }, SECRET, { algorithm: "HS512" });
    expect(tokens.readAccessToken(token)).toBeNull();
  });

  it("refuses an RS256-labelled token whose signature is an HMAC of the secret", () => {
    const unsigned = `${base64url({ alg: "RS256", typ: "JWT" })}.${base64url({ sub: randomUUID(), exp: inFuture(), purpose: "access" })}`;
    const signature = createHmac("sha256", SECRET).update(unsigned).digest("base64url");
    expect(tokens.readAccessToken(`${unsigned}.${signature}`)).toBeNull();
  });

  it("answers null, never throws, for garbage", () => {
    for (const garbage of ["", "abc", "a.b.c", "....", "Bearer x", base64url("x")]) {
      expect(tokens.readAccessToken(garbage), garbage).toBeNull();
    }
  });
});

describe("JwtTokenService reset tokens", () => {
  const tokens = new JwtTokenService(settings);

  it("round-trips the e-mail and the password stamp", () => {
    const token = tokens.issueResetToken("user@example.com", HASH);
    expect(tokens.readResetToken(token)).toEqual({
      email: "user@example.com",
      passwordStamp: tokens.passwordStamp(HASH),
    });
  });

  it("carries sub, exp, nbf, purpose and stamp, and nothing that reveals the hash", () => {
    const now = Date.UTC(2030, 0, 1, 12, 0, 0, 900);
    const token = new JwtTokenService({ ...settings, now: () => now }).issueResetToken("user@example.com", HASH);
    const nowSeconds = Math.floor(now / 1000);
    expect(decode(token)?.payload).toEqual({
      sub: "user@example.com",
      exp: nowSeconds + 48 * 3600,
      nbf: nowSeconds,
      purpose: "password_reset",
      stamp: tokens.passwordStamp(HASH),
    });
    expect(token).not.toContain("aGFzaGhhc2g");
  });

  it("refuses an access token", () => {
    expect(tokens.readResetToken(tokens.issueAccessToken(randomUUID()))).toBeNull();
  });

  it("refuses an expired reset token", () => {
    let now = Date.now();
    const clocked = new JwtTokenService({ ...settings, now: () => now });
    const token = clocked.issueResetToken("user@example.com", HASH);
    now += 49 * 3600 * 1000;
    expect(clocked.readResetToken(token)).toBeNull();
  });

  it("refuses a reset token before its not-before time", () => {
    let now = Date.now() + 3600 * 1000;
    const clocked = new JwtTokenService({ ...settings, now: () => now });
    const token = clocked.issueResetToken("user@example.com", HASH);
    now -= 3600 * 1000;
    expect(clocked.readResetToken(token)).toBeNull();
  });

  it("refuses a reset token signed with another key", () => {
    const other = new JwtTokenService({ ...settings, secretKey: "another-secret-key" });
    expect(tokens.readResetToken(other.issueResetToken("user@example.com", HASH))).toBeNull();
  });

  it("refuses a reset-purpose token without a stamp", () => {
    const token = jwt.sign({ sub: "user@example.com", exp: inFuture(), purpose: "password_reset" }, SECRET);
    expect(tokens.readResetToken(token)).toBeNull();
  });
});

describe("JwtTokenService password stamp", () => {
  const tokens = new JwtTokenService(settings);

  it("is 22 base64url characters, stable for one hash", () => {
    expect(tokens.passwordStamp(HASH)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(tokens.passwordStamp(HASH)).toBe(tokens.passwordStamp(HASH));
  });

  it("changes with the hash and with the key", () => {
    const other = new JwtTokenService({ ...settings, secretKey: "another-secret-key" });
    expect(tokens.passwordStamp(`${HASH}x`)).not.toBe(tokens.passwordStamp(HASH));
    expect(other.passwordStamp(HASH)).not.toBe(tokens.passwordStamp(HASH));
  });
});
