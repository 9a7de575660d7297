import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { NewSession } from "../../core/auth/session.js";
import type { SessionRepository } from "../../core/auth/session-ports.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import { type FreshRepositories, MISSING_ID, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const hash = () => randomBytes(32).toString("hex");

const draft = (userId: string, overrides: Partial<NewSession> = {}): NewSession => ({
  userId,
  createdAt: T0,
  lastUsedAt: T0,
  expiresAt: at(60 * 24 * 30),
  userAgent: "Mozilla/5.0",
  ipAddress: "203.0.113.7",
  refreshTokenHash: hash(),
  cookieTokenHash: null,
  ...overrides,
});

/** What every SessionRepository must do, registered for one implementation (named in the describe block). */
export function sessionRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`SessionRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let sessions: SessionRepository;
    let ann: string;

    beforeEach(async () => {
      ({ users, sessions } = await fresh());
      ann = (await users.add(newUser("ann@example.com"))).id;
    });

    it("adds a session with a UUID id, unrevoked, and finds it by id", async () => {
      const input = draft(ann);
      const session = await sessions.add(input);
      expect(session).toEqual({ ...input, id: expect.stringMatching(UUID), revokedAt: null });
      expect(await sessions.findById(session.id)).toEqual(session);
      expect(await sessions.findById(MISSING_ID)).toBeNull();
      expect(await sessions.findById("not-a-uuid")).toBeNull();
    });

    it("reads a user and a session together, each as its own finder gives it", async () => {
      const session = await sessions.add(draft(ann));
      const user = await users.findById(ann);
      expect(await sessions.findUserAndSession(ann, session.id)).toEqual({ user, session });
      expect(await sessions.findUserAndSession(ann, null)).toEqual({ user, session: null });
      expect(await sessions.findUserAndSession(ann, MISSING_ID)).toEqual({ user, session: null });
      expect(await sessions.findUserAndSession(ann, "not-a-uuid")).toEqual({ user, session: null });
      expect(await sessions.findUserAndSession(MISSING_ID, session.id)).toEqual({ user: null, session: null });
      expect(await sessions.findUserAndSession("not-a-uuid", session.id)).toEqual({ user: null, session: null });
    });

    it("reads another user's session beside the user asked for: the caller checks the owner", async () => {
      const bob = (await users.add(newUser("bob@example.com"))).id;
      const bobs = await sessions.add(draft(bob, { userAgent: null, ipAddress: null }));
      const found = await sessions.findUserAndSession(ann, bobs.id);
      expect(found.user?.id).toBe(ann);
      expect(found.session).toEqual(bobs);
    });

    it("finds a cookie session by its token hash, and nothing for an unknown hash", async () => {
      const cookieTokenHash = hash();
      const session = await sessions.add(draft(ann, { refreshTokenHash: null, cookieTokenHash }));
      expect(await sessions.findByCookieTokenHash(cookieTokenHash)).toEqual(session);
      expect(await sessions.findByCookieTokenHash(hash())).toBeNull();
    });

    it("refuses a second session with a taken token hash, and one for a missing user", async () => {
      const taken = draft(ann, { refreshTokenHash: null, cookieTokenHash: hash() });
      await sessions.add(taken);
      await expect(sessions.add(draft(ann, { cookieTokenHash: taken.cookieTokenHash }))).rejects.toThrow();
      const refresh = await sessions.add(draft(ann));
      await expect(sessions.add(draft(ann, { refreshTokenHash: refresh.refreshTokenHash }))).rejects.toThrow();
      await expect(sessions.add(draft(MISSING_ID))).rejects.toThrow();
    });

    it("lists a user's live sessions only, most recently used first", async () => {
      const bob = (await users.add(newUser("bob@example.com"))).id;
      const older = await sessions.add(draft(ann, { lastUsedAt: at(10) }));
      const newer = await sessions.add(draft(ann, { lastUsedAt: at(20) }));
      const revoked = await sessions.add(draft(ann, { lastUsedAt: at(30) }));
      await sessions.revoke(revoked.id, at(31));
      await sessions.add(draft(ann, { lastUsedAt: at(15), expiresAt: at(40) }));
      await sessions.add(draft(ann, { lastUsedAt: at(1) }));
      await sessions.add(draft(bob, { lastUsedAt: at(25) }));
      const live = await sessions.listLive(ann, { now: at(40), usedSince: at(5) });
      expect(live).toEqual([newer, older]);
    });

    it("touches last_used_at forward only", async () => {
      const session = await sessions.add(draft(ann));
      await sessions.touch(session.id, at(5));
      expect((await sessions.findById(session.id))?.lastUsedAt).toEqual(at(5));
      await sessions.touch(session.id, at(2));
      expect((await sessions.findById(session.id))?.lastUsedAt).toEqual(at(5));
    });

    it("rotates the refresh hash only while the presented one is current and the session unrevoked", async () => {
      const session = await sessions.add(draft(ann));
      const presented = session.refreshTokenHash ?? "";
      const next = hash();
      const rotated = await sessions.rotateRefreshToken(session.id, presented, next, at(3));
      expect(rotated).toEqual({ ...session, refreshTokenHash: next, lastUsedAt: at(3) });
      expect(await sessions.findById(session.id)).toEqual(rotated);
      expect(await sessions.rotateRefreshToken(session.id, presented, hash(), at(4))).toBeNull();
      await sessions.revoke(session.id, at(5));
      expect(await sessions.rotateRefreshToken(session.id, next, hash(), at(6))).toBeNull();
      expect(await sessions.rotateRefreshToken(MISSING_ID, next, hash(), at(6))).toBeNull();
    });

    it("lets exactly one of concurrent rotations with one refresh hash win", async () => {
      const session = await sessions.add(draft(ann));
      const presented = session.refreshTokenHash ?? "";
      const nextHashes = Array.from({ length: 8 }, hash);
      const results = await Promise.all(
        nextHashes.map((next) => sessions.rotateRefreshToken(session.id, presented, next, at(1))),
      );
      const winners = results.filter((result) => result !== null);
      expect(winners).toHaveLength(1);
      expect((await sessions.findById(session.id))?.refreshTokenHash).toBe(winners[0]?.refreshTokenHash);
    });

    it("revokes a session once", async () => {
      const session = await sessions.add(draft(ann));
      expect(await sessions.revoke(session.id, at(1))).toBe(true);
      expect(await sessions.revoke(session.id, at(2))).toBe(false);
      expect((await sessions.findById(session.id))?.revokedAt).toEqual(at(1));
      expect(await sessions.revoke(MISSING_ID, at(1))).toBe(false);
    });

    it("revokes all of a user's sessions but the one kept, and no one else's", async () => {
      const bob = (await users.add(newUser("bob@example.com"))).id;
      const [kept, first, second] = [
        await sessions.add(draft(ann)),
        await sessions.add(draft(ann)),
        await sessions.add(draft(ann)),
      ];
      await sessions.revoke(second?.id ?? "", at(1));
      const bobs = await sessions.add(draft(bob));
      expect(await sessions.revokeAllOfUser(ann, at(2), kept?.id ?? null)).toBe(1);
      expect((await sessions.findById(first?.id ?? ""))?.revokedAt).toEqual(at(2));
      expect((await sessions.findById(second?.id ?? ""))?.revokedAt).toEqual(at(1));
      expect((await sessions.findById(kept?.id ?? ""))?.revokedAt).toBeNull();
      expect(await sessions.revokeAllOfUser(ann, at(3), null)).toBe(1);
      expect((await sessions.findById(bobs.id))?.revokedAt).toBeNull();
    });

    it("deletes the sessions revoked, expired or idle before the cut-off, and keeps the rest", async () => {
      const revokedEarly = await sessions.add(draft(ann));
      await sessions.revoke(revokedEarly.id, at(10));
      const revokedLate = await sessions.add(draft(ann));
      await sessions.revoke(revokedLate.id, at(100));
      const expired = await sessions.add(draft(ann, { expiresAt: at(30) }));
      const idle = await sessions.add(draft(ann, { lastUsedAt: at(-10) }));
      const live = await sessions.add(draft(ann, { lastUsedAt: at(5) }));
      expect(await sessions.deleteEnded({ now: at(60), usedSince: at(0) })).toBe(3);
      for (const gone of [revokedEarly, expired, idle]) expect(await sessions.findById(gone.id)).toBeNull();
      for (const kept of [revokedLate, live]) expect(await sessions.findById(kept.id)).not.toBeNull();
      expect(await sessions.deleteEnded({ now: at(60), usedSince: at(0) })).toBe(0);
    });

    it("loses a user's sessions with the user", async () => {
      const session = await sessions.add(draft(ann));
      await users.remove(ann);
      expect(await sessions.findById(session.id)).toBeNull();
    });
  });
}
