import { randomUUID } from "node:crypto";
import type { NewSession, Session } from "../../core/auth/session.js";
import type { Liveness, SessionRepository, UserAndSession } from "../../core/auth/session-ports.js";
import { detached, type InMemoryStore } from "./in-memory-store.js";

const copy = (session: Session): Session => Object.freeze({ ...session });

/** A SessionRepository in process memory that behaves like the database one: unique hashes, owner must exist. */
export class InMemorySessionRepository implements SessionRepository {
  constructor(private readonly store: InMemoryStore) {}

  async add(draft: NewSession): Promise<Session> {
    if (!this.store.users.has(draft.userId)) throw new Error(`no user ${draft.userId} to own the session`);
    for (const other of this.store.sessions.values()) {
      const clash =
        (draft.refreshTokenHash !== null && other.refreshTokenHash === draft.refreshTokenHash) ||
        (draft.cookieTokenHash !== null && other.cookieTokenHash === draft.cookieTokenHash);
      if (clash) throw new Error("duplicate session token hash");
    }
    const session: Session = { ...draft, id: randomUUID(), revokedAt: null };
    this.store.sessions.set(session.id, session);
    return copy(session);
  }

  async findById(id: string): Promise<Session | null> {
    const session = this.store.sessions.get(id);
    return session ? copy(session) : null;
  }

  async findUserAndSession(userId: string, sessionId: string | null): Promise<UserAndSession> {
    const user = this.store.users.get(userId);
    if (!user) return { user: null, session: null };
    const session = sessionId === null ? undefined : this.store.sessions.get(sessionId);
    return { user: detached(user), session: session ? copy(session) : null };
  }

  async findByCookieTokenHash(hash: string): Promise<Session | null> {
    const session = [...this.store.sessions.values()].find((candidate) => candidate.cookieTokenHash === hash);
    return session ? copy(session) : null;
  }

  async listLive(userId: string, { now, usedSince }: Liveness): Promise<Session[]> {
    return [...this.store.sessions.values()]
      .filter((session) => session.userId === userId && session.revokedAt === null)
      .filter((session) => session.expiresAt > now && session.lastUsedAt >= usedSince)
      .sort((a, b) => b.lastUsedAt.getTime() - a.lastUsedAt.getTime() || b.id.localeCompare(a.id))
      .map(copy);
  }

  async touch(id: string, at: Date): Promise<void> {
    const session = this.store.sessions.get(id);
    if (session && session.lastUsedAt < at) this.store.sessions.set(id, { ...session, lastUsedAt: at });
  }

  async rotateRefreshToken(id: string, presentedHash: string, nextHash: string, at: Date): Promise<Session | null> {
    const session = this.store.sessions.get(id);
    if (!session || session.revokedAt !== null || session.refreshTokenHash !== presentedHash) return null;
    const rotated = { ...session, refreshTokenHash: nextHash, lastUsedAt: at };
    this.store.sessions.set(id, rotated);
    return copy(rotated);
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const session = this.store.sessions.get(id);
    if (!session || session.revokedAt !== null) return false;
    this.store.sessions.set(id, { ...session, revokedAt: at });
    return true;
  }

  async revokeAllOfUser(userId: string, at: Date, exceptId: string | null): Promise<number> {
    let revoked = 0;
    for (const session of [...this.store.sessions.values()]) {
      if (session.userId !== userId || session.id === exceptId || session.revokedAt !== null) continue;
      this.store.sessions.set(session.id, { ...session, revokedAt: at });
      revoked += 1;
    }
    return revoked;
  }

  async deleteEnded({ now, usedSince }: Liveness): Promise<number> {
    let deleted = 0;
    for (const session of [...this.store.sessions.values()]) {
      const revoked = session.revokedAt !== null && session.revokedAt < now;
      if (!revoked && session.expiresAt >= now && session.lastUsedAt >= usedSince) continue;
      this.store.sessions.delete(session.id);
      deleted += 1;
    }
    return deleted;
  }
}
