import type { ListedSession } from "../../../core/auth/list-my-sessions.js";
import { nothingLeft, type UUID } from "../shared-shapes.js";
import type { UserPublic } from "../users/user-shapes.js";

/** One of the caller's signed-in devices. */
export interface SessionPublic {
  id: UUID;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
  user_agent: string | null;
  ip_address: string | null;
  /** Whether this is the session making the request. */
  current: boolean;
}

/** Who is signed in on the calling browser: the user, or null when nobody is (never a 401). */
export interface SessionState {
  user: UserPublic | null;
}

/** The caller's live sessions, most recently used first, and how many there are. */
export interface SessionsPublic {
  data: SessionPublic[];
  count: number;
}

export function sessionPublic(session: ListedSession): SessionPublic {
  const { id, createdAt, lastUsedAt, expiresAt, userAgent, ipAddress, current, userId: _own, ...unnamed } = session;
  const { revokedAt: _live, ...rest } = unnamed;
  nothingLeft(rest);
  return {
    id,
    created_at: createdAt,
    last_used_at: lastUsedAt,
    expires_at: expiresAt,
    user_agent: userAgent,
    ip_address: ipAddress,
    current,
  };
}

export const sessionsPublic = (sessions: ListedSession[]): SessionsPublic => ({
  data: sessions.map(sessionPublic),
  count: sessions.length,
});
