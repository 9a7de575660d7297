import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import type { ProviderProfile } from "./identity.js";
import { SignInWithIdentity } from "./sign-in-with-identity.js";

const context = { ip: "198.51.100.7", userAgent: "test", sessionId: null };

const alice: ProviderProfile = {
  provider: "dev",
  subject: "alice-sub",
  email: "alice@example.com",
  emailVerified: true,
  name: "Alice",
};

function setUp(openRegistration = true) {
  const world = createTestWorld();
  const signIn = new SignInWithIdentity(world.users, world.identities, world.issuer, world.trail, {
    openRegistration,
  });
  const actions = async () => (await world.audit.list({ skip: 0, limit: 100 }, {})).data.map((e) => e.action);
  return { ...world, signIn, actions };
}

describe("SignInWithIdentity", () => {
  it("creates a user with a verified address and no password, links the identity and opens a cookie session", async () => {
    const { signIn, users, identities, secrets, sessions, actions } = setUp();
    const grant = await signIn.execute(alice, context);
    const user = await users.findByEmail("alice@example.com");
    expect(user).toMatchObject({ hashedPassword: null, fullName: "Alice", isSuperuser: false });
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await identities.providersOf(grant.user.id)).toEqual(["dev"]);
    expect(await sessions.findByCookieTokenHash(secrets.hash(grant.secret))).toEqual(grant.session);
    expect(await actions()).toEqual(expect.arrayContaining(["user.signed_up", "auth.identity_linked", "auth.login"]));
  });

  it("signs a returning identity in as its user, whatever address the provider gives now", async () => {
    const { signIn } = setUp();
    const first = await signIn.execute(alice, context);
    const again = await signIn.execute({ ...alice, email: "renamed@example.com" }, context);
    expect(again.user.id).toBe(first.user.id);
    expect(again.session.id).not.toBe(first.session.id);
  });

  it("records the login with method oidc", async () => {
    const { signIn, audit } = setUp();
    await signIn.execute(alice, context);
    const logins = await audit.list({ skip: 0, limit: 10 }, { action: "auth.login" });
    expect(logins.data[0]?.details).toMatchObject({ method: "oidc", provider: "dev" });
  });

  it("links an existing user when both the provider and the account have proved the address", async () => {
    const { signIn, seedUser, users, identities } = setUp();
    const { user } = await seedUser({ email: "alice@example.com" });
    await users.update(user.id, { emailVerifiedAt: new Date() });
    const grant = await signIn.execute(alice, context);
    expect(grant.user.id).toBe(user.id);
    expect((await identities.listOfUser(user.id)).map((i) => i.subject)).toEqual(["alice-sub"]);
  });

  it("refuses to link when the local address is unproved", async () => {
    const { signIn, seedUser, identities, store } = setUp();
    const { user } = await seedUser({ email: "alice@example.com" });
    expect((await refusalOf(signIn.execute(alice, context))).code).toBe("identity.link_requires_password");
    expect(await identities.listOfUser(user.id)).toEqual([]);
    expect([...store.sessions.values()].filter((session) => session.userId === user.id)).toEqual([]);
  });

  it("refuses to link when the provider does not vouch for the address", async () => {
    const { signIn, seedUser, users, identities } = setUp();
    const { user } = await seedUser({ email: "alice@example.com" });
    await users.update(user.id, { emailVerifiedAt: new Date() });
    const refusal = await refusalOf(signIn.execute({ ...alice, emailVerified: false }, context));
    expect(refusal.code).toBe("identity.link_requires_password");
    expect(await identities.listOfUser(user.id)).toEqual([]);
  });

  it("creates no account when registration is closed", async () => {
    const { signIn, users } = setUp(false);
    expect((await refusalOf(signIn.execute(alice, context))).code).toBe("identity.registration_closed");
    expect(await users.findByEmail("alice@example.com")).toBeNull();
  });

  it("refuses an identity without an address it cannot place", async () => {
    const { signIn } = setUp();
    expect((await refusalOf(signIn.execute({ ...alice, email: null }, context))).code).toBe("identity.email_missing");
  });

  it("refuses an inactive user", async () => {
    const { signIn, users } = setUp();
    const first = await signIn.execute(alice, context);
    await users.update(first.user.id, { isActive: false });
    expect((await refusalOf(signIn.execute(alice, context))).code).toBe("identity.inactive_user");
  });

  it("gives a new user of an unverified provider address an unproved address", async () => {
    const { signIn } = setUp();
    const grant = await signIn.execute({ ...alice, emailVerified: false }, context);
    expect(grant.user.emailVerifiedAt).toBeNull();
  });
});
