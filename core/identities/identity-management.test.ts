import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import type { ProviderProfile } from "./identity.js";
import { LinkIdentity } from "./link-identity.js";
import { ListMyIdentities } from "./list-my-identities.js";
import { NO_OTHER_WAYS_IN } from "./other-ways-in.js";
import { UnlinkIdentity } from "./unlink-identity.js";

const context = { ip: null, userAgent: null, sessionId: null };
const profile = (subject: string, provider = "dev"): ProviderProfile => ({
  provider,
  subject,
  email: `${subject}@example.com`,
  emailVerified: true,
  name: null,
});

function setUp(otherWaysIn = NO_OTHER_WAYS_IN) {
  const world = createTestWorld();
  return {
    ...world,
    link: new LinkIdentity(world.identities, world.trail),
    list: new ListMyIdentities(world.identities),
    unlink: new UnlinkIdentity(world.trail, otherWaysIn),
  };
}

describe("linking identities", () => {
  it("links a proved identity to the caller, once, and records it", async () => {
    const { link, list, seedUser, audit } = setUp();
    const { actor } = await seedUser();
    const linked = await link.execute(actor, profile("ann"), context);
    expect(await link.execute(actor, profile("ann"), context)).toEqual(linked);
    expect(await list.execute(actor)).toEqual([linked]);
    const events = await audit.list({ skip: 0, limit: 10 }, { action: "auth.identity_linked" });
    expect(events.count).toBe(1);
  });

  it("refuses an identity linked to another user", async () => {
    const { link, seedUser } = setUp();
    const ann = await seedUser();
    const bob = await seedUser();
    await link.execute(ann.actor, profile("shared"), context);
    expect((await refusalOf(link.execute(bob.actor, profile("shared"), context))).code).toBe(
      "identity.linked_elsewhere",
    );
  });
});

describe("unlinking identities", () => {
  it("unlinks an identity while a password remains, and records it", async () => {
    const { link, unlink, list, seedUser, audit } = setUp();
    const { actor } = await seedUser();
    const linked = await link.execute(actor, profile("ann"), context);
    await unlink.execute(actor, linked.id, context);
    expect(await list.execute(actor)).toEqual([]);
    expect((await audit.list({ skip: 0, limit: 10 }, { action: "auth.identity_unlinked" })).count).toBe(1);
  });

  it("refuses the last way in of a user without a password, and allows it while another identity remains", async () => {
    const { link, unlink, list, seedUser, users } = setUp();
    const { actor, user } = await seedUser();
    await users.update(user.id, { hashedPassword: null });
    const first = await link.execute(actor, profile("ann"), context);
    const second = await link.execute(actor, profile("ann-gh", "github"), context);
    await unlink.execute(actor, first.id, context);
    const refusal = await refusalOf(unlink.execute(actor, second.id, context));
    expect(refusal).toEqual({
      kind: "invalid",
      code: "identity.last_way_in",
      message: "You cannot remove your only way to sign in",
    });
    expect(await list.execute(actor)).toEqual([second]);
  });

  it("lets another way in (a passkey) keep the account reachable", async () => {
    const { link, unlink, seedUser, users } = setUp({ count: async () => 1 });
    const { actor, user } = await seedUser();
    await users.update(user.id, { hashedPassword: null });
    const only = await link.execute(actor, profile("ann"), context);
    await unlink.execute(actor, only.id, context);
  });

  it("answers not found for another user's identity", async () => {
    const { link, unlink, seedUser } = setUp();
    const ann = await seedUser();
    const bob = await seedUser();
    const linked = await link.execute(ann.actor, profile("ann"), context);
    expect((await refusalOf(unlink.execute(bob.actor, linked.id, context))).code).toBe("identity.not_found");
  });
});
