/** The transport a log-in's first step came through: its second step answers the same way. */
export type LogInTransport = "bearer" | "cookie";

/** How long a challenge lasts, and how many wrong answers void it. */
export const MFA_CHALLENGE_POLICY = { lifetimeMinutes: 5, maxFailures: 5 } as const;

/** A password step that proved the password of a user with a second factor, waiting for that factor. */
export interface MfaChallenge {
  readonly id: string;
  readonly userId: string;
  readonly transport: LogInTransport;
  /** Digest of the token's secret; the secret itself is never stored. */
  readonly secretHash: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly failures: number;
  readonly spentAt: Date | null;
}

export type NewMfaChallenge = Omit<MfaChallenge, "id" | "failures" | "spentAt">;

/** Whether a challenge can still be answered at `now`. */
export const isOpen = (challenge: MfaChallenge, now: Date): boolean =>
  challenge.spentAt === null && challenge.expiresAt > now && challenge.failures < MFA_CHALLENGE_POLICY.maxFailures;

/** What an `mfa_token` says: which challenge, its secret, and (for the rate limits) the account and transport. */
export interface MfaTokenParts {
  readonly challengeId: string;
  readonly secret: string;
  readonly transport: LogInTransport;
  readonly email: string;
}

const TRANSPORT_LETTER: Record<LogInTransport, string> = { bearer: "b", cookie: "c" };

/**
 * The token a client carries from the password step to the second step: `<transport>.<id>.<secret>.<e-mail>`.
 * The transport and the e-mail are readable so the edge can apply the forgery check and the login limits before
 * any lookup; the second step refuses a token whose parts do not match its challenge.
 */
export const MfaToken = {
  format(parts: MfaTokenParts): string {
    return [TRANSPORT_LETTER[parts.transport], parts.challengeId, parts.secret, encodeURIComponent(parts.email)].join(
      ".",
    );
  },

  parse(token: unknown): MfaTokenParts | null {
    if (typeof token !== "string" || token.length > 1024) return null;
    const [letter, challengeId, secret, ...rest] = token.split(".");
    const transport = letter === "b" ? "bearer" : letter === "c" ? "cookie" : null;
    const email = rest.join(".");
    if (!transport || !challengeId || !secret || !email) return null;
    try {
      return { transport, challengeId, secret, email: decodeURIComponent(email) };
    } catch {
      return null;
    }
  },
};
