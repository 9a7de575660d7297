import type { PurgeEndedSessions } from "../core/auth/purge-ended-sessions.js";
import { rootLogger } from "./logger.js";

const DAY_MS = 86_400_000;

const logger = rootLogger.child({ component: "session-purge" });

/** One purge of ended sessions, logged; never rejects (a failure waits for the next run). What a scheduler calls. */
export async function purgeEndedSessions(purge: PurgeEndedSessions): Promise<void> {
  try {
    const purged = await purge.execute();
    if (purged > 0) logger.info({ purged }, "purged sessions ended more than a day ago");
  } catch (error) {
    logger.warn({ err: error }, "could not purge ended sessions; retrying at the next run");
  }
}

/** Purges now and then once a day, in the process; the timer does not keep the process alive. */
export function scheduleSessionPurge(purge: PurgeEndedSessions, everyMs = DAY_MS): { stop(): void } {
  void purgeEndedSessions(purge);
  const timer = setInterval(() => void purgeEndedSessions(purge), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
