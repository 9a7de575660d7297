import { describe, expect, it } from "vitest";
import { describePasswordHasherContract } from "../contracts/password-hasher-contract.js";
import { FastPasswordHasher } from "./fast-password-hasher.js";

describePasswordHasherContract("FastPasswordHasher", () => {
  const hasher = new FastPasswordHasher();
  return {
    hasher,
    legacyHash: (password) => hasher.legacyHash(password),
    malformedHashes: ["fast$", "fast$s1$", "fast$s1$abc$extra", "other$s1$abc"],
  };
});

describe("FastPasswordHasher", () => {
  it("verifies hashes made by another instance, as a real hasher reading the database would", async () => {
    const hash = await new FastPasswordHasher().hash("shared password");
    expect((await new FastPasswordHasher().verify("shared password", hash)).valid).toBe(true);
  });

  it("marks its legacy scheme with the legacy$ prefix", async () => {
    expect(await new FastPasswordHasher().legacyHash("pw")).toMatch(/^legacy\$/);
    expect(await new FastPasswordHasher().hash("pw")).toMatch(/^fast\$/);
  });
});
