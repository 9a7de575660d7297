import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { AcceptInvitation } from "./accept-invitation.js";
import { CreateOrganization } from "./create-organization.js";
import { DEFAULT_INVITATION_POLICY } from "./invitation-policy.js";
import { InviteMember } from "./invite-member.js";
import { ListInvitations } from "./list-invitations.js";
import { PreviewInvitation } from "./preview-invitation.js";
import { RevokeInvitation } from "./revoke-invitation.js";

const DAY_MS = 86_400_000;
const invalid = { kind: "invalid", code: "organization.invalid_invitation", message: "Invalid invitation" };
const forbidden = { kind: "forbidden", code: "organization.forbidden", message: "Not enough permissions" };

async function setUp() {
  const world = createTestWorld();
  const owner = await world.seedUser({ email: "owner@example.com", fullName: "Olga Owner" });
  const admin = await world.seedUser({ email: "admin@example.com" });
  const joe = await world.seedUser({ email: "Joe@Example.com", emailVerified: true });
  const acme = await new CreateOrganization(world.trail).execute(owner.actor, "Acme");
  await world.organizations.addMembership({ organizationId: acme.id, userId: admin.user.id, role: "admin" });
  const invite = new InviteMember(world.trail, world.secrets, world.mailer, DEFAULT_INVITATION_POLICY);
  const accept = new AcceptInvitation(world.trail, world.secrets);
  const preview = new PreviewInvitation(
    world.organizations,
    world.invitations,
    world.users,
    world.secrets,
    world.clock,
  );
  const tokenOf = () => {
    const email = world.queuedEmails().at(-1);
    if (email?.kind !== "invitation") throw new Error("no invitation e-mail queued");
    return email.token;
  };
  return { ...world, owner, admin, joe, acme, invite, accept, preview, tokenOf };
}

describe("Invitations", () => {
  it("queues an e-mail naming the organisation, the inviter and the role, valid for seven days", async () => {
    const { invite, admin, acme, queuedEmails, clock } = await setUp();
    const invitation = await invite.execute(admin.actor, acme.id, { email: "Kim@Example.com", role: "member" });
    expect(invitation).toMatchObject({ email: "kim@example.com", role: "member", invitedBy: admin.user.id });
    expect(invitation.expiresAt.getTime() - clock.now().getTime()).toBe(7 * DAY_MS);
    expect(queuedEmails().at(-1)).toMatchObject({
      kind: "invitation",
      to: "kim@example.com",
      organizationName: "Acme",
      inviterEmail: "admin@example.com",
      role: "member",
    });
  });

  it("lets only admins invite, only owners invite owners, and refuses a member's address", async () => {
    const { invite, admin, owner, acme, seedUser, organizations } = await setUp();
    const member = await seedUser();
    await organizations.addMembership({ organizationId: acme.id, userId: member.user.id, role: "member" });
    expect(await refusalOf(invite.execute(member.actor, acme.id, { email: "a@example.com", role: "member" }))).toEqual(
      forbidden,
    );
    expect(await refusalOf(invite.execute(admin.actor, acme.id, { email: "a@example.com", role: "owner" }))).toEqual(
      forbidden,
    );
    await invite.execute(owner.actor, acme.id, { email: "a@example.com", role: "owner" });
    expect(
      await refusalOf(invite.execute(owner.actor, acme.id, { email: "ADMIN@example.com", role: "member" })),
    ).toEqual({ kind: "conflict", code: "organization.already_member", message: "Already a member" });
  });

  it("replaces a pending invitation of the same address: the old link stops working", async () => {
    const { invite, admin, acme, tokenOf, preview, organizations, invitations, clock } = await setUp();
    await invite.execute(admin.actor, acme.id, { email: "joe@example.com", role: "member" });
    const first = tokenOf();
    await invite.execute(admin.actor, acme.id, { email: "joe@example.com", role: "admin" });
    expect(await refusalOf(preview.execute(first))).toEqual(invalid);
    expect(await preview.execute(tokenOf())).toMatchObject({ role: "admin", emailMasked: "j***@example.com" });
    const pending = await new ListInvitations(organizations, invitations, clock).execute(admin.actor, acme.id);
    expect(pending.map((one) => one.role)).toEqual(["admin"]);
  });

  it("previews without signing in, masking the address", async () => {
    const { invite, owner, acme, tokenOf, preview } = await setUp();
    const invitation = await invite.execute(owner.actor, acme.id, { email: "joe@example.com", role: "admin" });
    expect(await preview.execute(tokenOf())).toEqual({
      organizationName: "Acme",
      inviterEmail: "owner@example.com",
      role: "admin",
      emailMasked: "j***@example.com",
      expiresAt: invitation.expiresAt,
    });
    expect(await refusalOf(preview.execute("not-a-token"))).toEqual(invalid);
  });

  it("joins the invited, verified address (any letter case) once", async () => {
    const { invite, admin, acme, tokenOf, accept, joe, organizations, audit } = await setUp();
    await invite.execute(admin.actor, acme.id, { email: "joe@example.com", role: "admin" });
    const token = tokenOf();
    expect(await accept.execute(joe.actor, token)).toMatchObject({ userId: joe.user.id, role: "admin" });
    expect((await organizations.findMembership(acme.id, joe.user.id))?.role).toBe("admin");
    expect(await refusalOf(accept.execute(joe.actor, token))).toEqual(invalid);
    const actions = (await audit.list({ skip: 0, limit: 10 }, { organizationId: acme.id })).data.map((e) => e.action);
    expect(actions).toContain("org.invitation_accepted");
  });

  it("refuses another account, an unverified address, an expired or revoked invitation", async () => {
    const { invite, admin, owner, acme, tokenOf, accept, seedUser, clock, trail } = await setUp();
    await invite.execute(admin.actor, acme.id, { email: "kim@example.com", role: "member" });
    const token = tokenOf();
    expect(await refusalOf(accept.execute(owner.actor, token))).toEqual({
      kind: "forbidden",
      code: "organization.invitation_for_other",
      message: "This invitation is for k***@example.com",
    });
    const kim = await seedUser({ email: "kim@example.com" });
    expect(await refusalOf(accept.execute(kim.actor, token))).toEqual({
      kind: "forbidden",
      code: "organization.email_not_verified",
      message: "Email not verified",
    });
    const verifiedKim = await seedUser({ email: "KIM@example.com", emailVerified: true });
    clock.advance(7 * DAY_MS + 1);
    expect(await refusalOf(accept.execute(verifiedKim.actor, token))).toEqual(invalid);
    const invitation = await invite.execute(admin.actor, acme.id, { email: "kim@example.com", role: "member" });
    const fresh = tokenOf();
    await new RevokeInvitation(trail).execute(admin.actor, acme.id, invitation.id);
    expect(await refusalOf(accept.execute(verifiedKim.actor, fresh))).toEqual(invalid);
    expect(await refusalOf(new RevokeInvitation(trail).execute(admin.actor, acme.id, invitation.id))).toEqual({
      kind: "not_found",
      code: "organization.invitation_not_found",
      message: "Invitation not found",
    });
  });
});
