import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { EmailVerificationRepository, PendingVerification } from "../../core/users/email-verification-ports.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import type { FreshRepositories } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const hoursAfter = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const hash = () => randomBytes(32).toString("hex");

/** What every EmailVerificationRepository must do, registered for one implementation. */
export function emailVerificationContract(implementation: string, fresh: FreshRepositories): void {
  describe(`EmailVerificationRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let verifications: EmailVerificationRepository;
    let ann: string;

    const pending = (overrides: Partial<PendingVerification> = {}): PendingVerification => ({
      userId: ann,
      email: "ann@example.com",
      tokenHash: hash(),
      expiresAt: hoursAfter(48),
      ...overrides,
    });

    beforeEach(async () => {
      ({ users, emailVerifications: verifications } = await fresh());
      ann = (await users.add(newUser("ann@example.com"))).id;
    });

    it("gives a stored verification once, by the digest of its token", async () => {
      const stored = pending();
      await verifications.replace(stored);
      expect(await verifications.take(hash())).toBeNull();
      expect(await verifications.take(stored.tokenHash)).toEqual(stored);
      expect(await verifications.take(stored.tokenHash)).toBeNull();
    });

    it("keeps one verification per user: a new one replaces the earlier", async () => {
      const first = pending();
      const second = pending({ email: "ann@example.org", expiresAt: hoursAfter(72) });
      await verifications.replace(first);
      await verifications.replace(second);
      expect(await verifications.take(first.tokenHash)).toBeNull();
      expect(await verifications.take(second.tokenHash)).toEqual(second);
    });

    it("removes a user's verification with the user", async () => {
      const stored = pending();
      await verifications.replace(stored);
      await users.remove(ann);
      expect(await verifications.take(stored.tokenHash)).toBeNull();
    });

    it("deletes the verifications that have ended", async () => {
      const bob = (await users.add(newUser("bob@example.com"))).id;
      const ended = pending({ expiresAt: hoursAfter(1) });
      const live = pending({ userId: bob, email: "bob@example.com", expiresAt: hoursAfter(3) });
      await verifications.replace(ended);
      await verifications.replace(live);
      expect(await verifications.deleteExpired(hoursAfter(2))).toBe(1);
      expect(await verifications.deleteExpired(hoursAfter(2))).toBe(0);
      expect(await verifications.take(ended.tokenHash)).toBeNull();
      expect(await verifications.take(live.tokenHash)).toEqual(live);
    });
  });
}
