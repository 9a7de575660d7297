import { createHmac, createSecretKey, type KeyObject } from "node:crypto";
import jwt, { type JwtPayload } from "jsonwebtoken";
import type { AccessClaims, EmailChange, IssuedAccessToken, ResetClaim, TokenService } from "../../core/auth/ports.js";

export interface JwtTokenServiceOptions {
  readonly secretKey: string;
  readonly accessTokenExpireMinutes: number;
  readonly resetTokenExpireHours: number;
  /** The clock in milliseconds (default Date.now); tests move it to check expiry. */
  readonly now?: () => number;
}

const ACCESS = "access";
const PASSWORD_RESET = "password_reset";
const EMAIL_REVERT = "email_revert";
const EMAIL_REVERT_SECONDS = 7 * 24 * 3600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 JSON Web Tokens bound to a purpose: access tokens carry a user id (`sub`) and, when bound to a session,
 * its id (`sid`); reset tokens an e-mail and a password stamp; e-mail revert tokens a user id and both addresses.
 */
export class JwtTokenService implements TokenService {
  private readonly now: () => number;
  // A key object spares jsonwebtoken from trying to parse the string secret as a PEM key on every call.
  private readonly signingKey: KeyObject;

  constructor(private readonly options: JwtTokenServiceOptions) {
    this.now = options.now ?? Date.now;
    this.signingKey = createSecretKey(Buffer.from(options.secretKey, "utf8"));
  }

  issueAccessToken(userId: string): string {
    const exp = this.nowSeconds() + Math.round(this.options.accessTokenExpireMinutes * 60);
    return this.sign({ sub: userId, exp, purpose: ACCESS });
  }

  issueSessionAccessToken(userId: string, session: { id: string; expiresAt: Date }): IssuedAccessToken {
    const now = this.nowSeconds();
    const exp = Math.min(
      now + Math.round(this.options.accessTokenExpireMinutes * 60),
      Math.floor(session.expiresAt.getTime() / 1000),
    );
    return {
      token: this.sign({ sub: userId, exp, purpose: ACCESS, sid: session.id }),
      expiresIn: Math.max(0, exp - now),
    };
  }

  readAccessToken(token: string): string | null {
    return this.readAccessClaims(token)?.userId ?? null;
  }

  readAccessClaims(token: string): AccessClaims | null {
    const claims = this.read(token, ACCESS);
    const { sub, sid } = claims ?? {};
    if (typeof sub !== "string" || !UUID.test(sub)) return null;
    if (sid === undefined) return { userId: sub, sessionId: null };
    return typeof sid === "string" && UUID.test(sid) ? { userId: sub, sessionId: sid } : null;
  }

  issueResetToken(email: string, hashedPassword: string | null): string {
    const nbf = this.nowSeconds();
    const exp = nbf + Math.round(this.options.resetTokenExpireHours * 3600);
    return this.sign({ sub: email, exp, nbf, purpose: PASSWORD_RESET, stamp: this.passwordStamp(hashedPassword) });
  }

  readResetToken(token: string): ResetClaim | null {
    const claims = this.read(token, PASSWORD_RESET);
    if (typeof claims?.sub !== "string" || typeof claims.stamp !== "string") return null;
    return { email: claims.sub, passwordStamp: claims.stamp };
  }

  /**
   * A keyed fingerprint of the hash: the token reveals nothing about the hash, and a new password (a new
   * hash, salted afresh) no longer matches, which makes each reset token single-use.
   */
  passwordStamp(hashedPassword: string | null): string {
    return createHmac("sha256", this.options.secretKey)
      .update(hashedPassword ?? "")
      .digest("base64url")
      .slice(0, 22);
  }

  issueEmailRevertToken({ userId, previousEmail, changedTo }: EmailChange): string {
    const nbf = this.nowSeconds();
    return this.sign({
      sub: userId,
      exp: nbf + EMAIL_REVERT_SECONDS,
      nbf,
      purpose: EMAIL_REVERT,
      previousEmail,
      changedTo,
    });
  }

  readEmailRevertToken(token: string): EmailChange | null {
    const claims = this.read(token, EMAIL_REVERT);
    const { sub, previousEmail, changedTo } = claims ?? {};
    if (typeof sub !== "string" || !UUID.test(sub)) return null;
    if (typeof previousEmail !== "string" || typeof changedTo !== "string") return null;
    return { userId: sub, previousEmail, changedTo };
  }

  private sign(payload: Record<string, unknown>): string {
    return jwt.sign(payload, this.signingKey, { algorithm: "HS256", noTimestamp: true });
  }

  /** The payload of a token signed by us with HS256, unexpired, of the given purpose; null for anything else. */
  private read(token: string, purpose: string): JwtPayload | null {
    try {
      // Pinning the algorithm refuses `alg: none` and tokens signed with another algorithm or key type.
      const payload = jwt.verify(token, this.signingKey, {
        algorithms: ["HS256"],
        clockTimestamp: this.nowSeconds(),
      });
      if (typeof payload !== "object" || payload.purpose !== purpose || typeof payload.exp !== "number") return null;
      return payload;
    } catch {
      return null;
    }
  }

  private nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }
}
