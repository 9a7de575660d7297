import type { User } from "../users/user.js";
import { Session } from "./session.js";
import type { SessionRepository } from "./session-ports.js";

/** Who a request is from and by which session. */
export interface Authenticated {
  readonly user: User;
  readonly session: Session;
}

/** Records the use of a live session, at most once a minute; gives the session as it now is. */
export async function markUsed(sessions: SessionRepository, session: Session, now: Date): Promise<Session> {
  if (!Session.needsTouch(session, now)) return session;
  await sessions.touch(session.id, now);
  return { ...session, lastUsedAt: now };
}
