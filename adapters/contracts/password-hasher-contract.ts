import { describe, expect, it } from "vitest";
import type { PasswordHasher } from "../../core/users/ports.js";

/** What a hasher under test brings: itself, and a way to make a hash of the scheme it only verifies. */
export interface PasswordHasherSubject {
  readonly hasher: PasswordHasher;
  /** A valid hash of `password` in an older scheme, which must verify and ask to be replaced. */
  legacyHash(password: string): Promise<string>;
  /** Stored strings this hasher must call invalid (besides the generic ones), never throwing. */
  readonly malformedHashes?: readonly string[];
}

const GENERIC_MALFORMED = [
  "",
  "plain-text-password",
  "$",
  "$$$$$",
  "$argon2id$v=19$m=65536,t=3,p=4$",
  "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$",
  "$argon2id$v=19$m=x,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
  "$2b$12$tooShort",
  "$2b$04$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
  "$pbkdf2-sha256$29000$c2FsdA$aGFzaA",
];

/** The PasswordHasher contract: every implementation, fake or real, must pass it. */
export function describePasswordHasherContract(name: string, makeSubject: () => PasswordHasherSubject): void {
  describe(`PasswordHasher contract: ${name}`, () => {
    it("verifies the password it hashed, without asking for a rehash", async () => {
      const { hasher } = makeSubject();
      const hash = await hasher.hash("correct horse battery");
      expect(await hasher.verify("correct horse battery", hash)).toEqual({ valid: true, needsRehash: false });
    });

    it("refuses a wrong password", async () => {
      const { hasher } = makeSubject();
      const hash = await hasher.hash("correct horse battery");
      expect(await hasher.verify("correct horse batterY", hash)).toEqual({ valid: false, needsRehash: false });
      expect(await hasher.verify("", hash)).toEqual({ valid: false, needsRehash: false });
    });

    it("salts: the same password hashed twice gives two different hashes that both verify", async () => {
      const { hasher } = makeSubject();
      const first = await hasher.hash("same password");
      const second = await hasher.hash("same password");
      expect(first).not.toBe(second);
      expect((await hasher.verify("same password", first)).valid).toBe(true);
      expect((await hasher.verify("same password", second)).valid).toBe(true);
    });

    it("never stores the password in the hash", async () => {
      const { hasher } = makeSubject();
      expect(await hasher.hash("visible-secret-123")).not.toContain("visible-secret-123");
    });

    it("round-trips a non-ASCII password and tells it from a look-alike", async () => {
      const { hasher } = makeSubject();
      const hash = await hasher.hash("pässwörd-日本-🔑");
      expect((await hasher.verify("pässwörd-日本-🔑", hash)).valid).toBe(true);
      expect((await hasher.verify("passwörd-日本-🔑", hash)).valid).toBe(false);
    });

    it("verifies a legacy hash and asks for it to be replaced", async () => {
      const subject = makeSubject();
      const legacy = await subject.legacyHash("old scheme password");
      expect(await subject.hasher.verify("old scheme password", legacy)).toEqual({ valid: true, needsRehash: true });
    });

    it("refuses a wrong password against a legacy hash, without asking for a rehash", async () => {
      const subject = makeSubject();
      const legacy = await subject.legacyHash("old scheme password");
      expect(await subject.hasher.verify("not the password", legacy)).toEqual({ valid: false, needsRehash: false });
    });

    it("calls a malformed stored hash invalid instead of throwing", async () => {
      const subject = makeSubject();
      for (const malformed of [...GENERIC_MALFORMED, ...(subject.malformedHashes ?? [])]) {
        expect(await subject.hasher.verify("any password", malformed), malformed).toEqual({
          valid: false,
          needsRehash: false,
        });
      }
    });

    it("resolves the dummy verification whatever the password", async () => {
      const { hasher } = makeSubject();
      await expect(hasher.verifyDummy("any password")).resolves.toBeUndefined();
      await expect(hasher.verifyDummy("")).resolves.toBeUndefined();
    });
  });
}
