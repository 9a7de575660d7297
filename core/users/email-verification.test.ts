import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import type { OutgoingEmail } from "../mail/outgoing-email.js";
import { RegisterUser } from "./register-user.js";
import { SendVerificationEmail } from "./send-verification-email.js";
import { UpdateMe } from "./update-me.js";
import { UpdateUser } from "./update-user.js";
import { VerifyEmail } from "./verify-email.js";

const invalidToken = { kind: "invalid", code: "auth.invalid_verify_token", message: "Invalid token" };
const HOUR_MS = 3_600_000;

function setUp() {
  const world = createTestWorld();
  const { users, hasher, trail, tokens, mailer, verification, secrets } = world;
  const linksTo = (address: string): string[] =>
    world
      .queuedEmails()
      .filter((email): email is Extract<OutgoingEmail, { kind: "verify_email" }> => email.kind === "verify_email")
      .filter((email) => email.to === address)
      .map((email) => email.token);
  const lastLinkTo = (address: string): string => {
    const token = linksTo(address).at(-1);
    if (!token) throw new Error(`no verification e-mail to ${address}`);
    return token;
  };
  return {
    ...world,
    linksTo,
    lastLinkTo,
    register: new RegisterUser(users, hasher, trail, verification),
    updateMe: new UpdateMe(users, mailer, trail, tokens, verification),
    updateUser: new UpdateUser(users, hasher, trail, mailer, tokens, verification),
    verify: new VerifyEmail(secrets, trail),
    resend: new SendVerificationEmail(verification, trail),
  };
}

const signUp = { email: "ann@example.com", password: "sign-up-password", fullName: null };

describe("e-mail verification", () => {
  it("signs up unverified, mails a link, and the link verifies the address once", async () => {
    const { register, verify, lastLinkTo, users, clock, audit } = setUp();
    const ann = await register.execute(signUp);
    expect(ann.emailVerifiedAt).toBeNull();
    const token = lastLinkTo("ann@example.com");
    await verify.execute(token);
    expect((await users.findById(ann.id))?.emailVerifiedAt).toEqual(clock.now());
    expect(await refusalOf(verify.execute(token))).toEqual(invalidToken);
    const events = (await audit.list({ skip: 0, limit: 10 }, { action: "auth.email_verified" })).data;
    expect(events).toEqual([
      expect.objectContaining({ actorId: ann.id, targetId: ann.id, details: { email: "ann@example.com" } }),
    ]);
  });

  it("stores only a digest of the token", async () => {
    const { register, lastLinkTo, store } = setUp();
    await register.execute(signUp);
    const token = lastLinkTo("ann@example.com");
    expect(JSON.stringify([...store.ownedTable("emailVerifications").values()])).not.toContain(token);
  });

  it("refuses a link after it expires, and accepts it just before", async () => {
    const first = setUp();
    await first.register.execute(signUp);
    first.clock.advance(48 * HOUR_MS - 1);
    await first.verify.execute(first.lastLinkTo("ann@example.com"));

    const second = setUp();
    await second.register.execute(signUp);
    second.clock.advance(48 * HOUR_MS);
    expect(await refusalOf(second.verify.execute(second.lastLinkTo("ann@example.com")))).toEqual(invalidToken);
  });

  it("voids the earlier link when a new one is sent", async () => {
    const { register, resend, verify, linksTo, users } = setUp();
    const ann = await register.execute(signUp);
    await resend.execute({ id: ann.id, isSuperuser: false });
    const [earlier, newer] = linksTo("ann@example.com");
    expect(earlier).toBeDefined();
    expect(await refusalOf(verify.execute(earlier ?? ""))).toEqual(invalidToken);
    await verify.execute(newer ?? "");
    expect((await users.findById(ann.id))?.emailVerifiedAt).not.toBeNull();
  });

  it("refuses a forged token", async () => {
    const { register, verify } = setUp();
    await register.execute(signUp);
    expect(await refusalOf(verify.execute("not-a-token"))).toEqual(invalidToken);
  });

  it("binds a link to the address it was sent to: after a change it cannot verify the new address", async () => {
    const { register, verify, lastLinkTo, updateUser, seedUser, users } = setUp();
    const ann = await register.execute(signUp);
    const oldLink = lastLinkTo("ann@example.com");
    const admin = await seedUser({ isSuperuser: true });
    await updateUser.execute(admin.actor, ann.id, { email: "ann@example.org" });
    expect(await refusalOf(verify.execute(oldLink))).toEqual(invalidToken);
    expect((await users.findById(ann.id))?.emailVerifiedAt).toBeNull();
    await verify.execute(lastLinkTo("ann@example.org"));
    expect((await users.findById(ann.id))?.emailVerifiedAt).not.toBeNull();
  });

  it("clears the verification in the same write as an e-mail change, and mails the new address", async () => {
    const { register, verify, lastLinkTo, updateMe, users } = setUp();
    const ann = await register.execute(signUp);
    await verify.execute(lastLinkTo("ann@example.com"));
    const changed = await updateMe.execute({ id: ann.id, isSuperuser: false }, { email: "ann@example.org" });
    expect(changed.emailVerifiedAt).toBeNull();
    expect((await users.findById(ann.id))?.emailVerifiedAt).toBeNull();
    expect(lastLinkTo("ann@example.org")).toEqual(expect.any(String));
  });

  it("keeps the verification when only the letter case of the address changes", async () => {
    const { register, verify, lastLinkTo, updateMe, linksTo } = setUp();
    const ann = await register.execute(signUp);
    await verify.execute(lastLinkTo("ann@example.com"));
    const changed = await updateMe.execute({ id: ann.id, isSuperuser: false }, { email: "Ann@example.com" });
    expect(changed.emailVerifiedAt).not.toBeNull();
    expect(linksTo("Ann@example.com")).toEqual([]);
  });

  it("refuses to resend to a verified address", async () => {
    const { register, verify, lastLinkTo, resend, linksTo } = setUp();
    const ann = await register.execute(signUp);
    await verify.execute(lastLinkTo("ann@example.com"));
    expect(await refusalOf(resend.execute({ id: ann.id, isSuperuser: false }))).toEqual({
      kind: "invalid",
      code: "user.email_already_verified",
      message: "Email already verified",
    });
    expect(linksTo("ann@example.com")).toHaveLength(1);
  });

  it("mails nothing when e-mail is off, and the account still starts unverified", async () => {
    const world = createTestWorld({ mailer: { enabled: false } });
    const { users, hasher, trail, verification } = world;
    const ann = await new RegisterUser(users, hasher, trail, verification).execute(signUp);
    expect(ann.emailVerifiedAt).toBeNull();
    expect(world.queuedEmails()).toEqual([]);
  });
});
