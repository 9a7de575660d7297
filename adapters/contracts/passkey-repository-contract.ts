import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { NewPasskey } from "../../core/passkeys/passkey.js";
import type { NewPasskeyChallenge } from "../../core/passkeys/passkey-challenge.js";
import type { PasskeyChallengeRepository, PasskeyRepository } from "../../core/passkeys/ports.js";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import { MISSING_ID, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const token = () => randomBytes(16).toString("base64url");

const draft = (userId: string, overrides: Partial<NewPasskey> = {}): NewPasskey => ({
  userId,
  name: "Laptop",
  credentialId: token(),
  publicKey: token(),
  counter: 0,
  transports: ["internal", "hybrid"],
  createdAt: T0,
  lastUsedAt: null,
  ...overrides,
});

const challengeFor = (userId: string | null, overrides: Partial<NewPasskeyChallenge> = {}): NewPasskeyChallenge => ({
  challenge: token(),
  ceremony: "authentication",
  userId,
  expiresAt: at(5),
  ...overrides,
});

/** Empty passkey and challenge repositories beside the user repository over one store, and a unit of work on it. */
export interface PasskeyFixture {
  readonly users: UserRepository;
  readonly passkeys: PasskeyRepository;
  readonly challenges: PasskeyChallengeRepository;
  readonly unitOfWork: UnitOfWork;
}

/** What every PasskeyRepository and PasskeyChallengeRepository must do, registered for one implementation. */
export function passkeyRepositoryContract(implementation: string, fresh: () => Promise<PasskeyFixture>): void {
  describe(`PasskeyRepository contract (${implementation})`, () => {
    let fixture: PasskeyFixture;
    let ann: string;
    let bob: string;

    beforeEach(async () => {
      fixture = await fresh();
      ann = (await fixture.users.add(newUser("ann@example.com"))).id;
      bob = (await fixture.users.add(newUser("bob@example.com"))).id;
    });

    it("adds a passkey with a UUID id and finds it by id and by credential id", async () => {
      const input = draft(ann);
      const passkey = await fixture.passkeys.add(input);
      expect(passkey).toEqual({ ...input, id: expect.stringMatching(UUID) });
      expect(await fixture.passkeys.findById(passkey.id)).toEqual(passkey);
      expect(await fixture.passkeys.findByCredentialId(input.credentialId)).toEqual(passkey);
      expect(await fixture.passkeys.findById(MISSING_ID)).toBeNull();
      expect(await fixture.passkeys.findById("not-a-uuid")).toBeNull();
      expect(await fixture.passkeys.findByCredentialId(token())).toBeNull();
    });

    it("refuses a taken credential id and a missing owner", async () => {
      const taken = await fixture.passkeys.add(draft(ann));
      await expect(fixture.passkeys.add(draft(bob, { credentialId: taken.credentialId }))).rejects.toThrow();
      await expect(fixture.passkeys.add(draft(MISSING_ID))).rejects.toThrow();
    });

    it("lists and counts one user's passkeys, oldest first", async () => {
      const second = await fixture.passkeys.add(draft(ann, { name: "Phone", createdAt: at(2) }));
      const first = await fixture.passkeys.add(draft(ann, { name: "Laptop", createdAt: at(1) }));
      await fixture.passkeys.add(draft(bob));
      expect(await fixture.passkeys.listByUser(ann)).toEqual([first, second]);
      expect(await fixture.passkeys.countByUser(ann)).toBe(2);
      expect(await fixture.passkeys.countByUser(MISSING_ID)).toBe(0);
      expect(await fixture.passkeys.listByUser(MISSING_ID)).toEqual([]);
    });

    it("renames and removes, answering null or false for an unknown id", async () => {
      const passkey = await fixture.passkeys.add(draft(ann));
      expect(await fixture.passkeys.rename(passkey.id, "Phone")).toEqual({ ...passkey, name: "Phone" });
      expect(await fixture.passkeys.rename(MISSING_ID, "Phone")).toBeNull();
      expect(await fixture.passkeys.remove(passkey.id)).toBe(true);
      expect(await fixture.passkeys.remove(passkey.id)).toBe(false);
      expect(await fixture.passkeys.findById(passkey.id)).toBeNull();
    });

    it("records a use only while the stored counter is the one the caller saw", async () => {
      const passkey = await fixture.passkeys.add(draft(ann, { counter: 3 }));
      expect(await fixture.passkeys.recordUse(passkey.id, { previousCounter: 3, counter: 4, at: at(1) })).toBe(true);
      expect(await fixture.passkeys.recordUse(passkey.id, { previousCounter: 3, counter: 5, at: at(2) })).toBe(false);
      expect(await fixture.passkeys.findById(passkey.id)).toEqual({ ...passkey, counter: 4, lastUsedAt: at(1) });
    });

    it("holds a user's passkeys for a unit of work: a racing unit counts them after its removal", async () => {
      const [first, second] = [await fixture.passkeys.add(draft(ann)), await fixture.passkeys.add(draft(ann))];
      let locked: () => void = () => undefined;
      const firstLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const removing = fixture.unitOfWork.run(async ({ passkeys }) => {
        const count = await passkeys.lockAndCountByUser(ann);
        locked();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await passkeys.remove(first.id);
        return count;
      });
      await firstLocked;
      const racing = fixture.unitOfWork.run(({ passkeys }) => passkeys.lockAndCountByUser(ann));
      expect(await removing).toBe(2);
      expect(await racing).toBe(1);
      expect(await fixture.passkeys.listByUser(ann)).toEqual([second]);
      expect(await fixture.passkeys.lockAndCountByUser(MISSING_ID)).toBe(0);
    });

    it("goes with its user", async () => {
      const passkey = await fixture.passkeys.add(draft(ann));
      await fixture.users.remove(ann);
      expect(await fixture.passkeys.findById(passkey.id)).toBeNull();
    });

    it("writes within a unit of work and keeps nothing when the unit fails", async () => {
      await expect(
        fixture.unitOfWork.run(async ({ passkeys }) => {
          await passkeys.add(draft(ann));
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await fixture.passkeys.countByUser(ann)).toBe(0);
      const kept = await fixture.unitOfWork.run(async ({ passkeys }) => {
        const passkey = await passkeys.add(draft(ann));
        expect(await passkeys.remove(passkey.id)).toBe(true);
        return passkeys.add(draft(ann));
      });
      expect(await fixture.passkeys.listByUser(ann)).toEqual([kept]);
    });
  });

  describe(`PasskeyChallengeRepository contract (${implementation})`, () => {
    let fixture: PasskeyFixture;
    let ann: string;

    beforeEach(async () => {
      fixture = await fresh();
      ann = (await fixture.users.add(newUser("ann@example.com"))).id;
    });

    it("gives a challenge once, by id or by value", async () => {
      const byId = await fixture.challenges.add(challengeFor(ann, { ceremony: "registration" }));
      expect(byId).toEqual({ ...challengeFor(ann), ...byId, id: expect.stringMatching(UUID) });
      expect(await fixture.challenges.take(byId.id, T0)).toEqual(byId);
      expect(await fixture.challenges.take(byId.id, T0)).toBeNull();
      const byValue = await fixture.challenges.add(challengeFor(null));
      expect(byValue.userId).toBeNull();
      expect(await fixture.challenges.takeByValue(byValue.challenge, T0)).toEqual(byValue);
      expect(await fixture.challenges.takeByValue(byValue.challenge, T0)).toBeNull();
      expect(await fixture.challenges.take("not-a-uuid", T0)).toBeNull();
    });

    it("never gives an expired challenge, and sweeps the expired ones", async () => {
      const expired = await fixture.challenges.add(challengeFor(null, { expiresAt: at(-1) }));
      expect(await fixture.challenges.take(expired.id, T0)).toBeNull();
      await fixture.challenges.add(challengeFor(null, { expiresAt: at(-1) }));
      const live = await fixture.challenges.add(challengeFor(ann));
      expect(await fixture.challenges.deleteExpired(T0)).toBe(1);
      expect(await fixture.challenges.take(live.id, T0)).toEqual(live);
    });

    it("refuses a repeated challenge value", async () => {
      const first = await fixture.challenges.add(challengeFor(null));
      await expect(fixture.challenges.add(challengeFor(null, { challenge: first.challenge }))).rejects.toThrow();
    });
  });
}
