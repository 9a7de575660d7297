import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import { Session, type SessionPolicy } from "./session.js";
import type { SessionRepository } from "./session-ports.js";

/** A session as its owner sees it: no secret hashes, and whether it is the one asking. */
export type ListedSession = Omit<Session, "refreshTokenHash" | "cookieTokenHash"> & { readonly current: boolean };

/** The caller's live sessions, most recently used first. Raises nothing. */
export class ListMySessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(actor: Actor, context: RequestContext): Promise<ListedSession[]> {
    const now = this.clock.now();
    const live = await this.sessions.listLive(actor.id, { now, usedSince: Session.idleCutoff(now, this.policy) });
    return live.map(({ refreshTokenHash, cookieTokenHash, ...session }) => ({
      ...session,
      current: session.id === context.sessionId,
    }));
  }
}
