import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { InvitationRepository, OrganizationRepository } from "../../core/organizations/ports.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import { type FreshRepositories, MISSING_ID, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const PAGE = { skip: 0, limit: 100 };

/** What every OrganizationRepository and InvitationRepository must do, registered for one implementation. */
export function organizationRepositoryContract(implementation: string, fresh: FreshRepositories): void {
  describe(`OrganizationRepository contract (${implementation})`, () => {
    let users: UserRepository;
    let organizations: OrganizationRepository;
    let ann: string;
    let bob: string;

    beforeEach(async () => {
      ({ users, organizations } = await fresh());
      ann = (await users.add(newUser("ann@example.com", { fullName: "Ann" }))).id;
      bob = (await users.add(newUser("Bob@Example.com"))).id;
    });

    it("adds an organisation with a UUID id, finds and locks it, and refuses a taken slug without writing", async () => {
      const acme = await organizations.add({ name: "Acme", slug: "acme" });
      expect(acme).toEqual({
        id: expect.stringMatching(UUID),
        name: "Acme",
        slug: "acme",
        createdAt: expect.any(Date),
      });
      expect(await organizations.findById(acme?.id ?? "")).toEqual(acme);
      expect(await organizations.lock(acme?.id ?? "")).toEqual(acme);
      expect(await organizations.add({ name: "Other", slug: "acme" })).toBeNull();
      expect(await organizations.findById(MISSING_ID)).toBeNull();
      expect(await organizations.findById("not-a-uuid")).toBeNull();
      expect(await organizations.lock("not-a-uuid")).toBeNull();
    });

    it("renames and removes, with the memberships going along", async () => {
      const acme = (await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail();
      await organizations.addMembership({ organizationId: acme.id, userId: ann, role: "owner" });
      expect(await organizations.rename(acme.id, "Acme Inc")).toEqual({ ...acme, name: "Acme Inc" });
      expect(await organizations.rename(MISSING_ID, "x")).toBeNull();
      expect(await organizations.remove(acme.id)).toBe(true);
      expect(await organizations.remove(acme.id)).toBe(false);
      expect(await organizations.findMembership(acme.id, ann)).toBeNull();
      expect((await organizations.listOf(ann, PAGE)).count).toBe(0);
    });

    it("keeps one membership per user and organisation, changes roles and counts owners", async () => {
      const acme = (await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail();
      const owner = await organizations.addMembership({ organizationId: acme.id, userId: ann, role: "owner" });
      expect(owner).toEqual({ organizationId: acme.id, userId: ann, role: "owner", createdAt: expect.any(Date) });
      expect(await organizations.addMembership({ organizationId: acme.id, userId: ann, role: "member" })).toBeNull();
      await organizations.addMembership({ organizationId: acme.id, userId: bob, role: "member" });
      expect(await organizations.countOwners(acme.id)).toBe(1);
      expect((await organizations.changeRole(acme.id, bob, "owner"))?.role).toBe("owner");
      expect(await organizations.countOwners(acme.id)).toBe(2);
      expect(await organizations.changeRole(acme.id, MISSING_ID, "owner")).toBeNull();
      expect(await organizations.removeMembership(acme.id, bob)).toBe(true);
      expect(await organizations.removeMembership(acme.id, bob)).toBe(false);
      expect(await organizations.findMembership(acme.id, bob)).toBeNull();
      expect(await organizations.findMembership("not-a-uuid", bob)).toBeNull();
    });

    it("lists a user's organisations newest first with their role, and members with their account", async () => {
      const acme = (await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail();
      await sleep(3);
      const globex = (await organizations.add({ name: "Globex", slug: "globex" })) ?? expect.fail();
      await organizations.addMembership({ organizationId: acme.id, userId: ann, role: "owner" });
      await sleep(3);
      await organizations.addMembership({ organizationId: globex.id, userId: ann, role: "member" });
      await sleep(3);
      await organizations.addMembership({ organizationId: acme.id, userId: bob, role: "admin" });
      const mine = await organizations.listOf(ann, PAGE);
      expect(mine.count).toBe(2);
      expect(mine.data.map((row) => [row.name, row.role])).toEqual([
        ["Globex", "member"],
        ["Acme", "owner"],
      ]);
      expect((await organizations.listOf(ann, { skip: 1, limit: 1 })).data.map((row) => row.name)).toEqual(["Acme"]);
      const members = await organizations.listMembers(acme.id, PAGE);
      expect(members.count).toBe(2);
      expect(members.data.map((row) => [row.email, row.fullName, row.role])).toEqual([
        ["ann@example.com", "Ann", "owner"],
        ["Bob@Example.com", null, "admin"],
      ]);
      expect(await organizations.hasMemberWithEmail(acme.id, "bob@example.com")).toBe(true);
      expect(await organizations.hasMemberWithEmail(globex.id, "bob@example.com")).toBe(false);
    });

    it("drops a user's memberships with the user", async () => {
      const acme = (await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail();
      await organizations.addMembership({ organizationId: acme.id, userId: bob, role: "member" });
      await users.remove(bob);
      expect((await organizations.listMembers(acme.id, PAGE)).count).toBe(0);
    });
  });

  describe(`InvitationRepository contract (${implementation})`, () => {
    let organizations: OrganizationRepository;
    let invitations: InvitationRepository;
    let acme: string;
    let ann: string;

    const draft = (email: string, tokenHash: string) => ({
      organizationId: acme,
      email,
      role: "member" as const,
      tokenHash,
      invitedBy: ann,
      expiresAt: days(7),
    });

    beforeEach(async () => {
      const fixture = await fresh();
      ({ organizations, invitations } = fixture);
      ann = (await fixture.users.add(newUser("ann@example.com"))).id;
      acme = ((await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail()).id;
    });

    it("adds an open invitation and finds it by id and by token hash", async () => {
      const invitation = await invitations.add(draft("joe@example.com", "h1"));
      expect(invitation).toEqual({
        ...draft("joe@example.com", "h1"),
        id: expect.stringMatching(UUID),
        createdAt: expect.any(Date),
        acceptedAt: null,
        revokedAt: null,
      });
      expect(await invitations.findById(invitation.id)).toEqual(invitation);
      expect(await invitations.findByTokenHash("h1")).toEqual(invitation);
      expect(await invitations.findByTokenHash("h2")).toBeNull();
      expect(await invitations.findById("not-a-uuid")).toBeNull();
    });

    it("keeps one open invitation per address: a second is refused until the first is revoked", async () => {
      await invitations.add(draft("joe@example.com", "h1"));
      await expect(invitations.add(draft("joe@example.com", "h2"))).rejects.toThrow();
      expect(await invitations.revokeOpenFor(acme, "joe@example.com", days(1))).toBe(1);
      const second = await invitations.add(draft("joe@example.com", "h2"));
      expect(await invitations.listPending(acme, days(1))).toEqual([second]);
    });

    it("accepts once, only while open and unexpired", async () => {
      const invitation = await invitations.add(draft("joe@example.com", "h1"));
      expect(await invitations.accept(invitation.id, days(8))).toBe(false);
      expect(await invitations.accept(invitation.id, days(1))).toBe(true);
      expect(await invitations.accept(invitation.id, days(1))).toBe(false);
      expect((await invitations.findById(invitation.id))?.acceptedAt).toEqual(days(1));
      expect(await invitations.revoke(invitation.id, days(1))).toBe(false);
      expect(await invitations.listPending(acme, days(1))).toEqual([]);
    });

    it("revokes an open one, and lists only pending ones newest first", async () => {
      const joe = await invitations.add(draft("joe@example.com", "h1"));
      await sleep(3);
      const kim = await invitations.add(draft("kim@example.com", "h2"));
      expect((await invitations.listPending(acme, days(1))).map((row) => row.id)).toEqual([kim.id, joe.id]);
      expect(await invitations.revoke(joe.id, days(1))).toBe(true);
      expect(await invitations.revoke(joe.id, days(1))).toBe(false);
      expect(await invitations.listPending(acme, days(1))).toEqual([kim]);
      expect(await invitations.listPending(acme, days(8))).toEqual([]);
    });

    it("deletes the invitations that ended before a cutoff, keeping open ones", async () => {
      const accepted = await invitations.add(draft("a@example.com", "h1"));
      const revoked = await invitations.add(draft("b@example.com", "h2"));
      const open = await invitations.add(draft("c@example.com", "h3"));
      await invitations.accept(accepted.id, days(1));
      await invitations.revoke(revoked.id, days(3));
      expect(await invitations.deleteEnded(days(2))).toBe(1);
      expect(await invitations.findById(accepted.id)).toBeNull();
      expect(await invitations.findById(revoked.id)).not.toBeNull();
      expect(await invitations.deleteEnded(days(8))).toBe(2);
      expect(await invitations.findById(open.id)).toBeNull();
    });

    it("goes with its organisation", async () => {
      const invitation = await invitations.add(draft("joe@example.com", "h1"));
      await organizations.remove(acme);
      expect(await invitations.findById(invitation.id)).toBeNull();
    });
  });
}
