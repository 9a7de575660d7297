import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NodeCryptoSecretGenerator } from "./node-crypto-secret-generator.js";

describe("NodeCryptoSecretGenerator", () => {
  const secrets = new NodeCryptoSecretGenerator();

  it("makes URL-safe secrets of 32 random bytes, different each time", () => {
    const made = Array.from({ length: 50 }, () => secrets.generate());
    for (const secret of made) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    }
    expect(new Set(made).size).toBe(made.length);
  });

  it("hashes with SHA-256 to 64 hex characters, the same for the same secret", () => {
    const secret = secrets.generate();
    expect(secrets.hash(secret)).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(secrets.hash(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(secrets.hash(`${secret}x`)).not.toBe(secrets.hash(secret));
  });
});
