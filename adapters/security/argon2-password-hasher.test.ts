import argon2 from "argon2";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { describePasswordHasherContract } from "../contracts/password-hasher-contract.js";
import { Argon2PasswordHasher } from "./argon2-password-hasher.js";
import { DUMMY_HASH, hasOutdatedShape, parseArgon2 } from "./argon2-phc.js";

describePasswordHasherContract("Argon2PasswordHasher", () => ({
  hasher: new Argon2PasswordHasher(),
  legacyHash: (password) => bcrypt.hash(password, 4),
  malformedHashes: [
    "$argon2id$v=19$m=65536,t=3,p=4$not base64!$aGFzaA",
    "$argon2id$v=19$m=65536,t=3$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$argon2x$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$argon2id$v=19$m=4294967295,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$argon2id$v=19$m=8,t=1,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
  ],
}));

const hasher = new Argon2PasswordHasher();

describe("Argon2PasswordHasher", () => {
  it("reports the hashes running and the ones queued behind them", async () => {
    const oneAtATime = new Argon2PasswordHasher({ maxConcurrentHashes: 1 });
    expect([oneAtATime.running, oneAtATime.queued]).toEqual([0, 0]);
    const hashes = Promise.all([oneAtATime.hash("a"), oneAtATime.hash("b"), oneAtATime.hash("c")]);
    await new Promise((resolve) => setImmediate(resolve));
    expect([oneAtATime.running, oneAtATime.queued]).toEqual([1, 2]);
    await hashes;
    expect([oneAtATime.running, oneAtATime.queued]).toEqual([0, 0]);
  });

  it("writes argon2id PHC strings in the reference's exact format", async () => {
    const hash = await hasher.hash("changethis");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });

  it("verifies a hash written by argon2-cffi, the reference's hasher, without asking for a rehash", async () => {
    const fromArgon2Cffi =
      "$argon2id$v=19$m=65536,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg";
    expect(await hasher.verify("correct horse battery staple", fromArgon2Cffi)).toEqual({
      valid: true,
      needsRehash: false,
    });
  });

  it("checks unknown users against a dummy hash of the current parameters, so they cost what known ones do", () => {
    const dummy = parseArgon2(DUMMY_HASH);
    expect(dummy).toMatchObject({ type: "argon2id", memoryCost: 65536, timeCost: 3, parallelism: 4 });
    expect(dummy && hasOutdatedShape(dummy)).toBe(false);
    expect(argon2.needsRehash(DUMMY_HASH)).toBe(false);
  });

  it("verifies a hash in node-argon2's own parameter order without asking for a rehash", async () => {
    const hash = await argon2.hash("changethis", { type: argon2.argon2id });
    expect(hash).toContain("m=65536,p=4,t=3");
    expect(await hasher.verify("changethis", hash)).toEqual({ valid: true, needsRehash: false });
  });

  it("verifies an argon2id hash with outdated parameters and asks for a rehash", async () => {
    const hash = await argon2.hash("changethis", {
      type: argon2.argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    expect(await hasher.verify("changethis", hash)).toEqual({ valid: true, needsRehash: true });
  });

  it("verifies an argon2i hash and asks to move it to argon2id", async () => {
    const hash = await argon2.hash("changethis", { type: argon2.argon2i });
    expect(await hasher.verify("changethis", hash)).toEqual({ valid: true, needsRehash: true });
  });

  it("verifies a bcrypt $2b$ hash from bcryptjs and flags it for upgrade", async () => {
    const hash = await bcrypt.hash("changethis", 4);
    expect(hash).toMatch(/^\$2b\$04\$/);
    expect(await hasher.verify("changethis", hash)).toEqual({ valid: true, needsRehash: true });
    expect(await hasher.verify("changethat", hash)).toEqual({ valid: false, needsRehash: false });
  });

  it("verifies the $2y$ and $2a$ spellings of a bcrypt hash", async () => {
    const hash = await bcrypt.hash("changethis", 4);
    for (const prefix of ["$2y$", "$2a$"]) {
      const variant = hash.replace(/^\$2b\$/, prefix);
      expect(await hasher.verify("changethis", variant), prefix).toEqual({ valid: true, needsRehash: true });
    }
  });

  it("verifies the OpenBSD bcrypt test vector made outside JavaScript", async () => {
    const vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
    expect(await hasher.verify("U*U", vector)).toEqual({ valid: true, needsRehash: true });
  });

  it("calls a tampered argon2 tag invalid", async () => {
    const hash = await hasher.hash("changethis");
    const tampered = hash.slice(0, -2) + (hash.endsWith("AA") ? "BA" : "AA");
    expect(await hasher.verify("changethis", tampered)).toEqual({ valid: false, needsRehash: false });
  });

  it("answers every call when more run at once than the concurrency bound", async () => {
    const single = new Argon2PasswordHasher({ maxConcurrentHashes: 1 });
    const hash = await single.hash("queued");
    const checks = await Promise.all([
      single.verify("queued", hash),
      single.verify("wrong", hash),
      single.verifyDummy("queued"),
      single.hash("another"),
    ]);
    expect(checks.slice(0, 2)).toEqual([
      { valid: true, needsRehash: false },
      { valid: false, needsRehash: false },
    ]);
    expect(checks[3]).toMatch(/^\$argon2id\$/);
  });
});
