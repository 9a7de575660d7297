import type { RequestContext } from "../shared/request-context.js";

/** A server-side login (docs/security/sessions.md): what a token or cookie stands for, revocable at any time. */
export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date;
  /** The absolute end (SESSION_EXPIRE_DAYS after creation); idleness may end it sooner. */
  readonly expiresAt: Date;
  readonly userAgent: string | null;
  readonly ipAddress: string | null;
  readonly revokedAt: Date | null;
  /** SHA-256 of the current refresh secret (bearer sessions); the secret itself is never stored. */
  readonly refreshTokenHash: string | null;
  /** SHA-256 of the cookie secret (cookie sessions). */
  readonly cookieTokenHash: string | null;
}

/** A session not stored yet: the repository assigns `id`. */
export type NewSession = Omit<Session, "id" | "revokedAt">;

/** How long sessions live: SESSION_EXPIRE_DAYS (default 30) at most, SESSION_IDLE_DAYS (default 7) without use. */
export interface SessionPolicy {
  readonly expireDays: number;
  readonly idleDays: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { expireDays: 30, idleDays: 7 };

const DAY_MS = 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;
const MAX_TEXT = 255;

const clip = (value: string | null): string | null => (value === null ? null : value.slice(0, MAX_TEXT));
const daysAfter = (time: Date, days: number): Date => new Date(time.getTime() + days * DAY_MS);

export const Session = {
  open(
    userId: string,
    context: RequestContext,
    hashes: Pick<Session, "refreshTokenHash" | "cookieTokenHash">,
    now: Date,
    policy: SessionPolicy,
  ): NewSession {
    return {
      userId,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: daysAfter(now, policy.expireDays),
      userAgent: clip(context.userAgent),
      ipAddress: clip(context.ip),
      ...hashes,
    };
  },

  /** When the session ends if it is not used again: its absolute expiry or the end of the idle window. */
  endsAt(session: Session, policy: SessionPolicy): Date {
    const idleEnd = daysAfter(session.lastUsedAt, policy.idleDays);
    return new Date(Math.min(idleEnd.getTime(), session.expiresAt.getTime()));
  },

  isLive(session: Session, now: Date, policy: SessionPolicy): boolean {
    return session.revokedAt === null && now < Session.endsAt(session, policy);
  },

  /** Sessions last used before this moment are idle, hence ended. */
  idleCutoff(now: Date, policy: SessionPolicy): Date {
    return daysAfter(now, -policy.idleDays);
  },

  /** last_used_at is written at most once a minute per session, so every request does not cost a write. */
  needsTouch(session: Session, now: Date): boolean {
    return now.getTime() - session.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS;
  },
};
