import { describe, expect, it } from "vitest";
import { createPasskeyWorld, PASSKEY_ORIGIN } from "../../adapters/memory/passkey-test-world.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { SoftwareAuthenticator } from "../../adapters/testing/software-authenticator.js";
import { PASSKEY_CHALLENGE_LIFETIME_MS } from "./passkey-challenge.js";

const notRecognised = { kind: "invalid", code: "passkey.not_recognised", message: "Passkey not recognised" };
type CreationOptions = { challenge: string; user: { id: string }; excludeCredentials: { id: string }[] };

describe("StartPasskeyRegistration and AddPasskey", () => {
  it("stores the passkey, records auth.passkey_added and queues the security notice", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    const { authenticator, passkey } = await world.registerPasskey(ann, "  Work laptop ");
    expect(passkey).toMatchObject({ userId: ann.user.id, name: "Work laptop", credentialId: authenticator.id });
    expect(passkey.lastUsedAt).toBeNull();
    expect(await world.passkeys.countByUser(ann.user.id)).toBe(1);
    const [event] = (await world.audit.list({ skip: 0, limit: 10 }, { action: "auth.passkey_added" })).data;
    expect(event).toMatchObject({ actorId: ann.user.id, targetType: "passkey", targetId: passkey.id });
    expect(world.queuedEmails()).toContainEqual({
      kind: "passkey_added",
      to: ann.user.email,
      passkeyName: "Work laptop",
      addedAt: world.clock.now().toISOString(),
    });
  });

  it("excludes the user's existing passkeys from new creation options", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    const { authenticator } = await world.registerPasskey(ann);
    const options = (await world.startRegistration.execute(ann.actor)) as unknown as CreationOptions;
    expect(options.excludeCredentials.map((credential) => credential.id)).toEqual([authenticator.id]);
  });

  it("answers each challenge once", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    const options = (await world.startRegistration.execute(ann.actor)) as unknown as CreationOptions;
    const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options);
    await world.add.execute(ann.actor, "First", response, world.context);
    expect(await refusalOf(world.add.execute(ann.actor, "Again", response, world.context))).toEqual(notRecognised);
  });

  it("refuses a challenge older than five minutes", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    const options = (await world.startRegistration.execute(ann.actor)) as unknown as CreationOptions;
    world.clock.advance(PASSKEY_CHALLENGE_LIFETIME_MS);
    const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options);
    expect(await refusalOf(world.add.execute(ann.actor, "Late", response, world.context))).toEqual(notRecognised);
  });

  it("refuses another user's challenge, another origin, and an authenticator without user verification", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    const bob = await world.seedUser();
    const register = async (overrides: { origin?: string; userVerified?: boolean }, by = ann) => {
      const options = (await world.startRegistration.execute(ann.actor)) as unknown as CreationOptions;
      const response = new SoftwareAuthenticator(PASSKEY_ORIGIN).register(options, overrides);
      return refusalOf(world.add.execute(by.actor, "Key", response, world.context));
    };
    expect(await register({}, bob)).toEqual(notRecognised);
    expect(await register({ origin: "https://evil.example" })).toEqual(notRecognised);
    expect(await register({ userVerified: false })).toEqual(notRecognised);
    expect(await world.passkeys.countByUser(ann.user.id)).toBe(0);
  });

  it("refuses a blank name before anything is checked", async () => {
    const world = createPasskeyWorld();
    const ann = await world.seedUser();
    expect(await refusalOf(world.add.execute(ann.actor, "   ", {}, world.context))).toMatchObject({
      code: "passkey.invalid_name",
    });
  });
});
