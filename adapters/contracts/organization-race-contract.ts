import { beforeEach, describe, expect, it } from "vitest";
import { AcceptInvitation } from "../../core/organizations/accept-invitation.js";
import { ChangeMemberRole } from "../../core/organizations/change-member-role.js";
import { RemoveMember } from "../../core/organizations/remove-member.js";
import type { Actor } from "../../core/shared/actor.js";
import { isDomainError } from "../../core/shared/errors.js";
import { NodeCryptoSecretGenerator } from "../security/node-crypto-secret-generator.js";
import { newUser } from "../testing/user-builder.js";
import type { FreshRepositories, RepositoryFixture } from "./repository-fixture.js";

const clock = { now: () => new Date() };
const secrets = new NodeCryptoSecretGenerator();
const actor = (id: string): Actor => ({ id, isSuperuser: false });
const DAY_MS = 86_400_000;

/** The outcome of each of several calls run at once: what they resolved to, or the message of their refusal. */
async function settled<T>(calls: Promise<T>[]): Promise<(T | string)[]> {
  const results = await Promise.allSettled(calls);
  return results.map((result) => {
    if (result.status === "fulfilled") return result.value;
    if (isDomainError(result.reason)) return result.reason.message;
    throw result.reason;
  });
}

/** Membership changes racing through units of work: row locks and conditional writes keep the rules. */
export function organizationRaceContract(implementation: string, fresh: FreshRepositories): void {
  describe(`Organisation races (${implementation})`, () => {
    let fixture: RepositoryFixture;
    let organizationId: string;
    let ann: string;
    let bob: string;

    beforeEach(async () => {
      fixture = await fresh();
      const { users, organizations } = fixture;
      ann = (await users.add(newUser("ann@example.com", { emailVerifiedAt: new Date() }))).id;
      bob = (await users.add(newUser("bob@example.com", { emailVerifiedAt: new Date() }))).id;
      organizationId = ((await organizations.add({ name: "Acme", slug: "acme" })) ?? expect.fail()).id;
      await organizations.addMembership({ organizationId, userId: ann, role: "owner" });
    });

    it("lets exactly one of two acceptances of one invitation join", async () => {
      const token = secrets.generate();
      await fixture.invitations.add({
        organizationId,
        email: "bob@example.com",
        role: "admin",
        tokenHash: secrets.hash(token),
        invitedBy: ann,
        expiresAt: new Date(Date.now() + DAY_MS),
      });
      const accept = new AcceptInvitation({ unitOfWork: fixture.unitOfWork, clock }, secrets);
      const outcomes = await settled([accept.execute(actor(bob), token), accept.execute(actor(bob), token)]);
      const refused = outcomes.filter((outcome) => typeof outcome === "string");
      expect(refused).toHaveLength(1);
      expect(["Invalid invitation", "Already a member"]).toContain(refused[0]);
      expect((await fixture.organizations.findMembership(organizationId, bob))?.role).toBe("admin");
    });

    it("leaves one owner when two owners demote each other at once", async () => {
      await fixture.organizations.addMembership({ organizationId, userId: bob, role: "owner" });
      const change = new ChangeMemberRole({ unitOfWork: fixture.unitOfWork, clock });
      const outcomes = await settled([
        change.execute(actor(ann), organizationId, bob, "member"),
        change.execute(actor(bob), organizationId, ann, "member"),
      ]);
      expect(outcomes.filter((outcome) => typeof outcome === "string")).toHaveLength(1);
      expect(await fixture.organizations.countOwners(organizationId)).toBe(1);
    });

    it("leaves one owner when two owners leave at once", async () => {
      await fixture.organizations.addMembership({ organizationId, userId: bob, role: "owner" });
      const remove = new RemoveMember({ unitOfWork: fixture.unitOfWork, clock });
      const outcomes = await settled([
        remove.execute(actor(ann), organizationId, ann),
        remove.execute(actor(bob), organizationId, bob),
      ]);
      expect(outcomes.filter((outcome) => outcome === "An organization needs at least one owner")).toHaveLength(1);
      expect(await fixture.organizations.countOwners(organizationId)).toBe(1);
    });
  });
}
