import { createHash, timingSafeEqual } from "node:crypto";
import type { PasswordCheck, PasswordHasher } from "../../core/users/ports.js";

const CURRENT = "fast";
const LEGACY = "legacy";

/**
 * A quick, deterministic PasswordHasher for use-case tests, with the same contract as the argon2 one:
 * `fast$<salt>$<digest>` is current, `legacy$<salt>$<digest>` verifies but needs a rehash, anything else is invalid.
 * The salt is a per-instance counter, so hashing one password twice gives two hashes, as argon2 does.
 */
export class FastPasswordHasher implements PasswordHasher {
  private counter = 0;

  async hash(password: string): Promise<string> {
    return FastPasswordHasher.encode(CURRENT, this.nextSalt(), password);
  }

  /** A hash of the old scheme, which verifies and asks to be replaced. */
  async legacyHash(password: string): Promise<string> {
    return FastPasswordHasher.encode(LEGACY, this.nextSalt(), password);
  }

  async verify(password: string, hashedPassword: string): Promise<PasswordCheck> {
    const [scheme, salt, digest, ...rest] = hashedPassword.split("$");
    if (rest.length > 0 || salt === undefined || digest === undefined || (scheme !== CURRENT && scheme !== LEGACY)) {
      return { valid: false, needsRehash: false };
    }
    const expected = Buffer.from(FastPasswordHasher.digest(salt, password));
    const actual = Buffer.from(digest);
    const valid = actual.length === expected.length && timingSafeEqual(actual, expected);
    return { valid, needsRehash: valid && scheme === LEGACY };
  }

  async verifyDummy(password: string): Promise<void> {
    await this.verify(password, FastPasswordHasher.encode(CURRENT, "dummy", "not a password anyone has"));
  }

  private nextSalt(): string {
    this.counter += 1;
    return `s${this.counter}`;
  }

  private static encode(scheme: string, salt: string, password: string): string {
    return `${scheme}$${salt}$${FastPasswordHasher.digest(salt, password)}`;
  }

  private static digest(salt: string, password: string): string {
    return createHash("sha256").update(`${salt}\u0000${password}`).digest("hex");
  }
}
