import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { MfaChallengeRepository, TwoFactorRepository } from "../../core/two-factor/ports.js";
import { StartTotpSetup } from "../../core/two-factor/start-totp-setup.js";
import type { UserRepository } from "../../core/users/ports.js";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { ManualClock } from "../memory/manual-clock.js";
import { AesGcmSecretBox } from "../security/aes-gcm-secret-box.js";
import { OtpauthTotp } from "../security/otpauth-totp.js";
import { newUser } from "../testing/user-builder.js";
import { type FreshRepositories, MISSING_ID, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const digest = (code: string) => createHash("sha256").update(code).digest("hex");

/** What every TwoFactorRepository and MfaChallengeRepository must do, registered for one implementation. */
export function twoFactorRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`TwoFactorRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let twoFactor: TwoFactorRepository;
    let storedRows: (table: "user_totp" | "recovery_code") => Promise<unknown[]>;
    let ann: string;

    beforeEach(async () => {
      ({ users, twoFactor, storedRows } = await fresh());
      ann = (await users.add(newUser("ann@example.com"))).id;
    });

    it("keeps a pending secret apart from the enabled one until it is enabled", async () => {
      expect(await twoFactor.findTotp(ann)).toBeNull();
      await twoFactor.setPendingTotp(ann, "sealed-1", T0);
      await twoFactor.setPendingTotp(ann, "sealed-2", T0);
      expect(await twoFactor.findTotp(ann)).toEqual({
        userId: ann,
        sealedSecret: null,
        pendingSealedSecret: "sealed-2",
        enabledAt: null,
        lastAcceptedStep: null,
      });
      expect(await twoFactor.isTotpEnabled(ann)).toBe(false);
      expect(await twoFactor.enableTotp(ann, "sealed-1", 100, at(1))).toBe(false);
      expect(await twoFactor.enableTotp(ann, "sealed-2", 100, at(1))).toBe(true);
      expect(await twoFactor.findTotp(ann)).toEqual({
        userId: ann,
        sealedSecret: "sealed-2",
        pendingSealedSecret: null,
        enabledAt: at(1),
        lastAcceptedStep: 100,
      });
      expect(await twoFactor.isTotpEnabled(ann)).toBe(true);
    });

    it("keeps the enabled secret while a new set-up is pending", async () => {
      await twoFactor.setPendingTotp(ann, "sealed-1", T0);
      await twoFactor.enableTotp(ann, "sealed-1", 100, T0);
      await twoFactor.setPendingTotp(ann, "sealed-2", at(1));
      expect(await twoFactor.findTotp(ann)).toMatchObject({
        sealedSecret: "sealed-1",
        pendingSealedSecret: "sealed-2",
      });
      expect(await twoFactor.isTotpEnabled(ann)).toBe(true);
    });

    it("accepts only time steps later than the last accepted one", async () => {
      expect(await twoFactor.acceptTotpStep(ann, 5)).toBe(false);
      await twoFactor.setPendingTotp(ann, "sealed", T0);
      await twoFactor.enableTotp(ann, "sealed", 58_000_000, T0);
      expect(await twoFactor.acceptTotpStep(ann, 58_000_000)).toBe(false);
      expect(await twoFactor.acceptTotpStep(ann, 57_999_999)).toBe(false);
      expect(await twoFactor.acceptTotpStep(ann, 58_000_001)).toBe(true);
      expect(await twoFactor.acceptTotpStep(ann, 58_000_001)).toBe(false);
      expect((await twoFactor.findTotp(ann))?.lastAcceptedStep).toBe(58_000_001);
    });

    it("spends each recovery code once, and replacing them voids the old ones", async () => {
      await twoFactor.replaceRecoveryCodes(ann, [digest("a"), digest("b")], T0);
      expect(await twoFactor.countRecoveryCodesLeft(ann)).toBe(2);
      expect(await twoFactor.spendRecoveryCode(ann, digest("a"), at(1))).toBe(true);
      expect(await twoFactor.spendRecoveryCode(ann, digest("a"), at(2))).toBe(false);
      expect(await twoFactor.spendRecoveryCode(ann, digest("z"), at(2))).toBe(false);
      expect(await twoFactor.countRecoveryCodesLeft(ann)).toBe(1);
      await twoFactor.replaceRecoveryCodes(ann, [digest("c")], at(3));
      expect(await twoFactor.spendRecoveryCode(ann, digest("b"), at(4))).toBe(false);
      expect(await twoFactor.spendRecoveryCode(ann, digest("c"), at(4))).toBe(true);
    });

    it("does not let one user spend another's recovery code", async () => {
      const bob = (await users.add(newUser("bob@example.com"))).id;
      await twoFactor.replaceRecoveryCodes(ann, [digest("a")], T0);
      expect(await twoFactor.spendRecoveryCode(bob, digest("a"), T0)).toBe(false);
      expect(await twoFactor.countRecoveryCodesLeft(bob)).toBe(0);
    });

    it("removes the factor with its recovery codes, and everything goes with the user", async () => {
      await twoFactor.setPendingTotp(ann, "sealed", T0);
      await twoFactor.enableTotp(ann, "sealed", 1, T0);
      await twoFactor.replaceRecoveryCodes(ann, [digest("a")], T0);
      expect(await twoFactor.removeTotp(ann)).toBe(true);
      expect(await twoFactor.removeTotp(ann)).toBe(false);
      expect(await twoFactor.findTotp(ann)).toBeNull();
      expect(await twoFactor.countRecoveryCodesLeft(ann)).toBe(0);
      await twoFactor.setPendingTotp(ann, "sealed", T0);
      await twoFactor.replaceRecoveryCodes(ann, [digest("a")], T0);
      await users.remove(ann);
      expect(await storedRows("user_totp")).toEqual([]);
      expect(await storedRows("recovery_code")).toEqual([]);
    });

    it("answers for an id that is not a user's without failing", async () => {
      expect(await twoFactor.findTotp("not-a-uuid")).toBeNull();
      expect(await twoFactor.isTotpEnabled(MISSING_ID)).toBe(false);
      expect(await twoFactor.countRecoveryCodesLeft("not-a-uuid")).toBe(0);
      expect(await twoFactor.spendRecoveryCode("not-a-uuid", digest("a"), T0)).toBe(false);
    });

    it("stores a set-up's secret sealed, never in the clear, and the recovery codes as digests", async () => {
      const totp = new OtpauthTotp();
      const box = new AesGcmSecretBox("contract-secret-key");
      const hasher = new FastPasswordHasher();
      const user = await users.add(newUser("carl@example.com", { hashedPassword: await hasher.hash("a-password") }));
      const setUp = new StartTotpSetup(users, hasher, twoFactor, totp, box, new ManualClock(T0), "Aygentic Starter");
      const { secret } = await setUp.execute({ id: user.id, isSuperuser: false }, "a-password");
      const codes = [totp.newRecoveryCode(), totp.newRecoveryCode()];
      await twoFactor.replaceRecoveryCodes(user.id, codes.map(digest), T0);
      const stored = JSON.stringify([...(await storedRows("user_totp")), ...(await storedRows("recovery_code"))]);
      expect(stored).not.toContain(secret);
      expect(stored.toLowerCase()).not.toContain(secret.toLowerCase());
      for (const code of codes) expect(stored).not.toContain(code);
      expect(box.open((await twoFactor.findTotp(user.id))?.pendingSealedSecret ?? "")).toBe(secret);
    });
  });

  describe(`MfaChallengeRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let challenges: MfaChallengeRepository;
    let ann: string;
    const draft = (userId: string) => ({
      userId,
      transport: "cookie" as const,
      secretHash: digest("secret"),
      createdAt: T0,
      expiresAt: at(5),
    });

    beforeEach(async () => {
      ({ users, mfaChallenges: challenges } = await fresh());
      ann = (await users.add(newUser("ann@example.com"))).id;
    });

    it("adds a challenge with no failures, unspent, and finds it by id", async () => {
      const challenge = await challenges.add(draft(ann));
      expect(challenge).toEqual({ ...draft(ann), id: expect.stringMatching(UUID), failures: 0, spentAt: null });
      expect(await challenges.findById(challenge.id)).toEqual(challenge);
      expect(await challenges.findByIdForUpdate(challenge.id)).toEqual(challenge);
      expect(await challenges.findByIdForUpdate("not-a-uuid")).toBeNull();
      expect(await challenges.findById(MISSING_ID)).toBeNull();
      expect(await challenges.findById("not-a-uuid")).toBeNull();
    });

    it("counts failures up to the limit, and spends once", async () => {
      const { id } = await challenges.add(draft(ann));
      for (const expected of [1, 2, 3, 4, 5, 5]) expect(await challenges.countFailure(id)).toBe(expected);
      expect(await challenges.spend(id, at(1))).toBe(true);
      expect(await challenges.spend(id, at(2))).toBe(false);
      expect(await challenges.countFailure(id)).toBeNull();
      expect((await challenges.findById(id))?.spentAt).toEqual(at(1));
    });

    it("deletes expired challenges, and a user's go with them", async () => {
      const kept = await challenges.add({ ...draft(ann), expiresAt: at(10) });
      await challenges.add(draft(ann));
      expect(await challenges.deleteExpired(at(6))).toBe(1);
      expect(await challenges.findById(kept.id)).not.toBeNull();
      await users.remove(ann);
      expect(await challenges.findById(kept.id)).toBeNull();
    });
  });
}
