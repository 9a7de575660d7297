import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ChangeMemberRole } from "./change-member-role.js";
import { CreateOrganization } from "./create-organization.js";
import { DeleteOrganization } from "./delete-organization.js";
import { GetOrganization } from "./get-organization.js";
import { ListMembers } from "./list-members.js";
import { ListMyOrganizations } from "./list-my-organizations.js";
import { ListOrganizationAuditEvents } from "./list-organization-audit-events.js";
import type { OrganizationRole } from "./organization.js";
import { slugOf } from "./organization.js";
import { RemoveMember } from "./remove-member.js";
import { RenameOrganization } from "./rename-organization.js";

const PAGE = { skip: 0, limit: 100 };
const notFound = { kind: "not_found", code: "organization.not_found", message: "Organization not found" };
const forbidden = { kind: "forbidden", code: "organization.forbidden", message: "Not enough permissions" };
const lastOwner = {
  kind: "invalid",
  code: "organization.last_owner",
  message: "An organization needs at least one owner",
};

async function setUp() {
  const world = createTestWorld();
  const [owner, admin, member, stranger, superuser] = await Promise.all([
    world.seedUser({ email: "owner@example.com" }),
    world.seedUser({ email: "admin@example.com" }),
    world.seedUser({ email: "member@example.com" }),
    world.seedUser({ email: "stranger@example.com" }),
    world.seedUser({ email: "root@example.com", isSuperuser: true }),
  ]);
  const acme = await new CreateOrganization(world.trail).execute(owner.actor, "Acme");
  const join = (userId: string, role: OrganizationRole) =>
    world.organizations.addMembership({ organizationId: acme.id, userId, role });
  await join(admin.user.id, "admin");
  await join(member.user.id, "member");
  const roleOf = async (userId: string) => (await world.organizations.findMembership(acme.id, userId))?.role ?? null;
  return {
    ...world,
    owner,
    admin,
    member,
    stranger,
    superuser,
    acme,
    roleOf,
    change: new ChangeMemberRole(world.trail),
    remove: new RemoveMember(world.trail),
  };
}

describe("Organisations", () => {
  it("makes the creator the owner, with a slug made unique", async () => {
    const { trail, owner, acme, organizations } = await setUp();
    expect(acme).toMatchObject({ name: "Acme", slug: "acme", role: "owner" });
    const again = await new CreateOrganization(trail).execute(owner.actor, "ACME!");
    expect(again.slug).toBe("acme-2");
    expect((await new ListMyOrganizations(organizations).execute(owner.actor, PAGE)).count).toBe(2);
    expect(slugOf("  Café Über  ")).toBe("cafe-uber");
    expect(slugOf("!!!")).toBe("organization");
  });

  it("shows an organisation to its members only; a non-member, superuser or not, is told it does not exist", async () => {
    const { organizations, acme, member, stranger, superuser } = await setUp();
    const get = new GetOrganization(organizations);
    expect(await get.execute(member.actor, acme.id)).toMatchObject({ id: acme.id, role: "member" });
    expect(await refusalOf(get.execute(stranger.actor, acme.id))).toEqual(notFound);
    expect(await refusalOf(get.execute(superuser.actor, acme.id))).toEqual(notFound);
    expect(await refusalOf(get.execute(member.actor, "no-such-id"))).toEqual(notFound);
    expect((await new ListMembers(organizations).execute(member.actor, acme.id, PAGE)).count).toBe(3);
    expect(await refusalOf(new ListMembers(organizations).execute(stranger.actor, acme.id, PAGE))).toEqual(notFound);
  });

  it("lets only owners rename and delete, and records both", async () => {
    const { trail, acme, owner, admin, organizations, audit } = await setUp();
    expect(await refusalOf(new RenameOrganization(trail).execute(admin.actor, acme.id, "X"))).toEqual(forbidden);
    expect(await new RenameOrganization(trail).execute(owner.actor, acme.id, "Acme Inc")).toMatchObject({
      name: "Acme Inc",
      slug: "acme",
    });
    expect(await refusalOf(new DeleteOrganization(trail).execute(admin.actor, acme.id))).toEqual(forbidden);
    await new DeleteOrganization(trail).execute(owner.actor, acme.id);
    expect(await organizations.findById(acme.id)).toBeNull();
    const events = await audit.list(PAGE, { organizationId: acme.id });
    expect(events.data.map((event) => event.action).sort()).toEqual(["org.created", "org.deleted", "org.updated"]);
    expect(events.data.find((event) => event.action === "org.updated")?.details).toEqual({
      name: { from: "Acme", to: "Acme Inc" },
    });
  });

  it("lets admins move members between member and admin, and only owners touch owners", async () => {
    const { change, acme, owner, admin, member, roleOf } = await setUp();
    expect(await refusalOf(change.execute(member.actor, acme.id, admin.user.id, "member"))).toEqual(forbidden);
    expect(await change.execute(admin.actor, acme.id, member.user.id, "admin")).toMatchObject({
      userId: member.user.id,
      email: "member@example.com",
      role: "admin",
    });
    expect(await refusalOf(change.execute(admin.actor, acme.id, member.user.id, "owner"))).toEqual(forbidden);
    expect(await refusalOf(change.execute(admin.actor, acme.id, owner.user.id, "member"))).toEqual(forbidden);
    await change.execute(owner.actor, acme.id, admin.user.id, "owner");
    expect(await roleOf(admin.user.id)).toBe("owner");
  });

  it("keeps the last owner: no demotion, removal or leaving takes it", async () => {
    const { change, remove, acme, owner, roleOf } = await setUp();
    expect(await refusalOf(change.execute(owner.actor, acme.id, owner.user.id, "admin"))).toEqual(lastOwner);
    expect(await refusalOf(remove.execute(owner.actor, acme.id, owner.user.id))).toEqual(lastOwner);
    expect(await roleOf(owner.user.id)).toBe("owner");
  });

  it("lets admins remove members and admins, members leave, and records which", async () => {
    const { remove, acme, owner, admin, member, stranger, roleOf, audit } = await setUp();
    expect(await refusalOf(remove.execute(member.actor, acme.id, admin.user.id))).toEqual(forbidden);
    expect(await refusalOf(remove.execute(admin.actor, acme.id, owner.user.id))).toEqual(forbidden);
    expect(await refusalOf(remove.execute(admin.actor, acme.id, stranger.user.id))).toEqual({
      kind: "not_found",
      code: "organization.member_not_found",
      message: "Member not found",
    });
    await remove.execute(member.actor, acme.id, member.user.id);
    await remove.execute(owner.actor, acme.id, admin.user.id);
    expect(await roleOf(member.user.id)).toBeNull();
    expect(await roleOf(admin.user.id)).toBeNull();
    const actions = (await audit.list(PAGE, { organizationId: acme.id })).data.map((event) => event.action);
    expect(actions.sort()).toEqual(["org.created", "org.member_left", "org.member_removed"]);
  });

  it("shows an organisation's log to its admins only", async () => {
    const { organizations, audit, acme, admin, member, stranger } = await setUp();
    const list = new ListOrganizationAuditEvents(organizations, audit);
    expect((await list.execute(admin.actor, acme.id, PAGE)).data.map((event) => event.action)).toEqual(["org.created"]);
    expect(await refusalOf(list.execute(member.actor, acme.id, PAGE))).toEqual(forbidden);
    expect(await refusalOf(list.execute(stranger.actor, acme.id, PAGE))).toEqual(notFound);
  });
});
