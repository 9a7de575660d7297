import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { PurgeEndedSessions } from "../core/auth/purge-ended-sessions.js";
import { DEFAULT_SESSION_POLICY, Session } from "../core/auth/session.js";
import { createTestWorld } from "./memory/test-world.js";
import { scheduleSessionPurge } from "./session-purge.js";

const DAY_MS = 86_400_000;
const anywhere = { ip: null, userAgent: null, sessionId: null };
const hashes = () => ({ refreshTokenHash: crypto.randomUUID(), cookieTokenHash: null });

describe("purging ended sessions", () => {
  it("deletes sessions a day past their end (revoked, expired or idle) at once and then at every interval", async () => {
    const { sessions, seedUser, clock } = createTestWorld();
    const { user } = await seedUser();
    const open = (at: Date) => sessions.add(Session.open(user.id, anywhere, hashes(), at, DEFAULT_SESSION_POLICY));
    const start = clock.now();
    const revokedTwoDaysAgo = await open(start);
    await sessions.revoke(revokedTwoDaysAgo.id, new Date(start.getTime() - 2 * DAY_MS));
    const revokedJustNow = await open(start);
    await sessions.revoke(revokedJustNow.id, start);
    const idleSinceTenDays = await open(new Date(start.getTime() - 10 * DAY_MS));
    const expiredLastMonth = await open(new Date(start.getTime() - 40 * DAY_MS));
    const live = await open(start);

    const purging = scheduleSessionPurge(new PurgeEndedSessions(sessions, clock, DEFAULT_SESSION_POLICY), 20);
    try {
      await sleep(5);
      for (const gone of [revokedTwoDaysAgo, idleSinceTenDays, expiredLastMonth])
        expect(await sessions.findById(gone.id)).toBeNull();
      for (const kept of [revokedJustNow, live]) expect(await sessions.findById(kept.id)).not.toBeNull();
      clock.advanceDays(2);
      await sleep(60);
      expect(await sessions.findById(revokedJustNow.id)).toBeNull();
      expect(await sessions.findById(live.id)).not.toBeNull();
    } finally {
      purging.stop();
    }
  });
});
