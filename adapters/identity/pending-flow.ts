import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Context } from "koa";
import type { Clock } from "../../core/shared/clock.js";
import type { Config } from "../config.js";
import type { AuthorizationChecks } from "./provider-client.js";

/** A sign-in or link started in this browser and not finished yet. */
export interface PendingFlow extends AuthorizationChecks {
  readonly provider: string;
  /** The SPA path to land on afterwards. */
  readonly next: string | null;
  /** Set when a signed-in user links an identity: the flow ends linked to them, not signed in. */
  readonly linkUserId: string | null;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

const LIFETIME_SECONDS = 600;

/**
 * Keeps the pending flow in the browser that started it: an HttpOnly, SameSite=Lax cookie, encrypted and
 * authenticated (AES-256-GCM, key derived from SECRET_KEY), living 10 minutes and cleared when the callback reads it,
 * so each flow is used once and only by its browser.
 */
export class PendingFlowCookie {
  private readonly key: Buffer;

  constructor(
    readonly name: string,
    private readonly secure: boolean,
    secretKey: string,
    private readonly clock: Clock,
  ) {
    this.key = Buffer.from(hkdfSync("sha256", secretKey, "", "identity-provider-pending-flow", 32));
  }

  /** Creates the secrets of a new flow. */
  begin(fields: Omit<PendingFlow, "state" | "nonce" | "codeVerifier" | "expiresAt">): PendingFlow {
    const random = () => randomBytes(32).toString("base64url");
    const expiresAt = this.clock.now().getTime() + LIFETIME_SECONDS * 1000;
    return { ...fields, state: random(), nonce: random(), codeVerifier: random(), expiresAt };
  }

  write(ctx: Context, flow: PendingFlow): void {
    ctx.append("Set-Cookie", this.header(this.seal(flow), LIFETIME_SECONDS));
    ctx.set("Cache-Control", "no-store");
  }

  /** The flow of this browser, if any and still live; the cookie is cleared either way. */
  take(ctx: Context): PendingFlow | null {
    const sealed = ctx.cookies.get(this.name);
    if (!sealed) return null;
    ctx.append("Set-Cookie", this.header("", 0));
    const flow = this.open(sealed);
    return flow && flow.expiresAt > this.clock.now().getTime() ? flow : null;
  }

  private seal(flow: PendingFlow): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(this.name));
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), "utf8"), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  }

  private open(sealed: string): PendingFlow | null {
    try {
      const raw = Buffer.from(sealed, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(this.name));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      return JSON.parse(text) as PendingFlow;
    } catch {
      return null;
    }
  }

  private header(value: string, maxAge: number): string {
    return `${this.name}=${value}; Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}`;
  }
}

/** The pending-flow cookie of a configuration: `__Host-` prefixed and Secure outside local, like the session cookie. */
export function pendingFlowCookie(config: Config, clock: Clock): PendingFlowCookie {
  const local = config.environment === "local";
  const name = `${local ? "" : "__Host-"}${config.sessions.cookieName}_oidc`;
  return new PendingFlowCookie(name, !local, config.secretKey, clock);
}
