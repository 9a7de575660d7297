import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ANONYMOUS_CONTEXT } from "../shared/request-context.js";
import { PurgeEndedSessions } from "./purge-ended-sessions.js";
import { Session } from "./session.js";

const DAY_MS = 86_400_000;

describe("PurgeEndedSessions", () => {
  it("deletes sessions that ended more than a day ago, and keeps the others", async () => {
    const { sessions, clock, policy, seedUser } = createTestWorld();
    const { user } = await seedUser();
    const open = (at: Date) =>
      sessions.add(
        Session.open(user.id, ANONYMOUS_CONTEXT, { refreshTokenHash: null, cookieTokenHash: null }, at, policy),
      );
    const now = clock.now().getTime();
    const idleLongAgo = await open(new Date(now - (policy.idleDays + 2) * DAY_MS));
    const idleJustNow = await open(new Date(now - (policy.idleDays + 0.5) * DAY_MS));
    const revokedLongAgo = await open(new Date(now - 3 * DAY_MS));
    await sessions.revoke(revokedLongAgo.id, new Date(now - 2 * DAY_MS));
    const revokedJustNow = await open(new Date(now - 3 * DAY_MS));
    await sessions.revoke(revokedJustNow.id, new Date(now - DAY_MS / 2));
    const live = await open(new Date(now));
    expect(await new PurgeEndedSessions(sessions, clock, policy).execute()).toBe(2);
    for (const gone of [idleLongAgo, revokedLongAgo]) expect(await sessions.findById(gone.id)).toBeNull();
    for (const kept of [idleJustNow, revokedJustNow, live]) expect(await sessions.findById(kept.id)).not.toBeNull();
  });
});
