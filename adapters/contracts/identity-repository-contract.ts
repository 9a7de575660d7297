import { beforeEach, describe, expect, it } from "vitest";
import type { NewLinkedIdentity } from "../../core/identities/identity.js";
import { type IdentityRepository, IdentityTaken } from "../../core/identities/ports.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import { type FreshRepositories, MISSING_ID, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");

const draft = (userId: string, overrides: Partial<NewLinkedIdentity> = {}): NewLinkedIdentity => ({
  userId,
  provider: "dev",
  subject: "subject-1",
  email: "ann@example.com",
  createdAt: T0,
  ...overrides,
});

/** What every IdentityRepository must do, registered for one implementation. */
export function identityRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`IdentityRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let identities: IdentityRepository;
    let ann: string;
    let bob: string;

    beforeEach(async () => {
      ({ users, identities } = await fresh());
      ann = (await users.add(newUser("ann@example.com"))).id;
      bob = (await users.add(newUser("bob@example.com"))).id;
    });

    it("adds an identity with a UUID id and finds it by provider and subject", async () => {
      const added = await identities.add(draft(ann));
      expect(added).toEqual({ ...draft(ann), id: expect.stringMatching(UUID) });
      expect(await identities.findBySubject("dev", "subject-1")).toEqual(added);
      expect(await identities.findBySubject("github", "subject-1")).toBeNull();
    });

    it("refuses a second link of one (provider, subject), to anyone", async () => {
      await identities.add(draft(ann));
      await expect(identities.add(draft(bob))).rejects.toBeInstanceOf(IdentityTaken);
      await expect(identities.add(draft(ann))).rejects.toBeInstanceOf(IdentityTaken);
    });

    it("lists a user's identities oldest first and names their providers once each", async () => {
      const later = await identities.add(
        draft(ann, { provider: "github", subject: "9", createdAt: new Date(T0.getTime() + 1000) }),
      );
      const first = await identities.add(draft(ann));
      await identities.add(draft(ann, { subject: "subject-2", createdAt: new Date(T0.getTime() + 2000) }));
      await identities.add(draft(bob, { subject: "bob" }));
      expect((await identities.listOfUser(ann)).map((identity) => identity.id).slice(0, 2)).toEqual([
        first.id,
        later.id,
      ]);
      expect(await identities.providersOf(ann)).toEqual(["dev", "github"]);
      expect(await identities.listOfUser(MISSING_ID)).toEqual([]);
      expect(await identities.listOfUser("not-a-uuid")).toEqual([]);
    });

    it("removes only the user's own identity", async () => {
      const mine = await identities.add(draft(ann));
      expect(await identities.remove(bob, mine.id)).toBe(false);
      expect(await identities.remove(ann, MISSING_ID)).toBe(false);
      expect(await identities.remove(ann, "not-a-uuid")).toBe(false);
      expect(await identities.remove(ann, mine.id)).toBe(true);
      expect(await identities.findBySubject("dev", "subject-1")).toBeNull();
    });

    it("removes a user's identities with the user", async () => {
      await identities.add(draft(ann));
      await users.remove(ann);
      expect(await identities.findBySubject("dev", "subject-1")).toBeNull();
    });
  });
}
