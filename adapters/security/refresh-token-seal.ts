import { createHmac, timingSafeEqual } from "node:crypto";
import type { RefreshTokenSeal } from "../../core/auth/ports.js";

/** The refresh-token seal as an HMAC-SHA256 of the token under SECRET_KEY, appended after a dot. */
export class HmacRefreshTokenSeal implements RefreshTokenSeal {
  constructor(private readonly secretKey: string) {}

  seal(token: string): string {
    return `${token}.${this.mac(token)}`;
  }

  /** The inner token of a token we issued, or null for anything else. */
  open(sealed: string): string | null {
    const dot = sealed.lastIndexOf(".");
    if (dot <= 0) return null;
    const token = sealed.slice(0, dot);
    const presented = Buffer.from(sealed.slice(dot + 1), "utf8");
    const expected = Buffer.from(this.mac(token), "utf8");
    return presented.length === expected.length && timingSafeEqual(presented, expected) ? token : null;
  }

  private mac(token: string): string {
    return createHmac("sha256", this.secretKey).update(`refresh-token:${token}`, "utf8").digest("base64url");
  }
}
