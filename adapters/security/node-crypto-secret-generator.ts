import { createHash, randomBytes } from "node:crypto";
import type { SecretGenerator } from "../../core/auth/session-ports.js";

const SECRET_BYTES = 32;

/**
 * Session secrets from the operating system's CSPRNG. They carry 256 bits of entropy, so a fast unsalted SHA-256
 * is enough to store them: there is nothing to brute-force, unlike a password.
 */
export class NodeCryptoSecretGenerator implements SecretGenerator {
  generate(): string {
    return randomBytes(SECRET_BYTES).toString("base64url");
  }

  hash(secret: string): string {
    return createHash("sha256").update(secret, "utf8").digest("hex");
  }
}
