import type { User } from "../users/user.js";
import type { NewSession, Session } from "./session.js";

/** Which sessions count as live at a moment: unrevoked, unexpired at `now`, used at or after `usedSince`. */
export interface Liveness {
  readonly now: Date;
  readonly usedSince: Date;
}

/** A user and a session read together; either is null when it does not exist. */
export interface UserAndSession {
  readonly user: User | null;
  readonly session: Session | null;
}

/** Stores sessions; hash columns are unique; a user's removal removes their sessions. */
export interface SessionRepository {
  add(session: NewSession): Promise<Session>;
  findById(id: string): Promise<Session | null>;
  /**
   * The user `userId` and the session `sessionId` (whoever owns it; none when null or when there is no such user),
   * read in one step: what authenticating a request needs, in one round trip.
   */
  findUserAndSession(userId: string, sessionId: string | null): Promise<UserAndSession>;
  findByCookieTokenHash(hash: string): Promise<Session | null>;
  /** The user's live sessions, most recently used first. */
  listLive(userId: string, liveness: Liveness): Promise<Session[]>;
  /** Sets last_used_at to `at` unless it is already later. */
  touch(id: string, at: Date): Promise<void>;
  /**
   * Replaces the refresh-token hash and marks the session used, only if `presentedHash` is still the current one
   * and the session is not revoked: the check and the write are one atomic step, so of two rotations with one
   * token exactly one succeeds. The updated session, or null when the condition did not hold.
   */
  rotateRefreshToken(id: string, presentedHash: string, nextHash: string, at: Date): Promise<Session | null>;
  /** Revokes one session; false when there is no such unrevoked session. */
  revoke(id: string, at: Date): Promise<boolean>;
  /** Revokes every unrevoked session of the user but `exceptId` (none when null); gives how many. */
  revokeAllOfUser(userId: string, at: Date, exceptId: string | null): Promise<number>;
  /**
   * Deletes the sessions that had ended by `ended.now`: revoked or expired before then, or unused since
   * `ended.usedSince`. Gives how many; running it twice deletes nothing more.
   */
  deleteEnded(ended: Liveness): Promise<number>;
}

/** Makes the opaque secrets of sessions (refresh tokens, cookie values) and the digests stored in their place. */
export interface SecretGenerator {
  /** A fresh URL-safe secret of at least 32 random bytes. */
  generate(): string;
  /** A one-way digest of a secret, the same for the same secret. */
  hash(secret: string): string;
}
