import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { SecretBox } from "../../core/two-factor/ports.js";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM under a key derived from SECRET_KEY with HKDF-SHA256 for this one purpose: a sealed value reads
 * `v1.<iv>.<ciphertext>.<tag>` (base64url), and opening refuses anything altered or sealed under another key.
 */
export class AesGcmSecretBox implements SecretBox {
  private readonly key: Buffer;

  constructor(secretKey: string, purpose = "two-factor-secret") {
    this.key = Buffer.from(hkdfSync("sha256", secretKey, "aygentic-secret-box", purpose, 32));
  }

  seal(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [VERSION, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  open(sealed: string): string | null {
    const [version, iv, ciphertext, tag, ...rest] = sealed.split(".");
    if (version !== VERSION || iv === undefined || ciphertext === undefined || tag === undefined || rest.length > 0) {
      return null;
    }
    try {
      const authTag = Buffer.from(tag, "base64url");
      if (authTag.length !== TAG_BYTES) return null;
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(authTag);
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      return null;
    }
  }
}
