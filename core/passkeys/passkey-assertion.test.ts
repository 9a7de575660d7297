import { describe, expect, it } from "vitest";
import { createPasskeyWorld } from "../../adapters/memory/passkey-test-world.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { PASSKEY_CHALLENGE_LIFETIME_MS } from "./passkey-challenge.js";

const notRecognised = { kind: "invalid", code: "passkey.not_recognised", message: "Passkey not recognised" };
type RequestOptions = { challenge: string; allowCredentials: { id: string }[] };

async function setUp() {
  const world = createPasskeyWorld();
  const ann = await world.seedUser();
  const { authenticator, passkey } = await world.registerPasskey(ann);
  const start = async (userId: string | null = null) => {
    const { challengeId, options } = await world.startAssertion.execute(userId);
    return { challengeId, options: options as unknown as RequestOptions };
  };
  return { ...world, ann, authenticator, passkey, start };
}

describe("VerifyPasskeyAssertion", () => {
  it("accepts an assertion once, recording the new counter and the time of use", async () => {
    const { verify, authenticator, passkey, start, passkeys, clock } = await setUp();
    const { challengeId, options } = await start();
    const response = authenticator.assert(options, { counter: 7 });
    expect(await verify.execute({ challengeId, response })).toMatchObject({ id: passkey.id, counter: 7 });
    expect(await passkeys.findById(passkey.id)).toMatchObject({ counter: 7, lastUsedAt: clock.now() });
    expect(await refusalOf(verify.execute({ challengeId, response }))).toEqual(notRecognised);
  });

  it("refuses an answer to a challenge older than five minutes", async () => {
    const { verify, authenticator, start, clock } = await setUp();
    const { challengeId, options } = await start();
    clock.advance(PASSKEY_CHALLENGE_LIFETIME_MS);
    const response = authenticator.assert(options);
    expect(await refusalOf(verify.execute({ challengeId, response }))).toEqual(notRecognised);
  });

  it("refuses a signature counter that goes backwards or stands still (a cloned authenticator)", async () => {
    const { verify, authenticator, start } = await setUp();
    const first = await start();
    await verify.execute({
      challengeId: first.challengeId,
      response: authenticator.assert(first.options, { counter: 5 }),
    });
    for (const counter of [4, 5]) {
      const next = await start();
      const response = authenticator.assert(next.options, { counter });
      expect(await refusalOf(verify.execute({ challengeId: next.challengeId, response }))).toEqual(notRecognised);
    }
  });

  it("refuses another origin, and an answer to another challenge than the one named", async () => {
    const { verify, authenticator, start } = await setUp();
    const { challengeId, options } = await start();
    const foreign = authenticator.assert(options, { origin: "https://evil.example" });
    expect(await refusalOf(verify.execute({ challengeId, response: foreign }))).toEqual(notRecognised);
    const other = await start();
    const third = await start();
    const answer = authenticator.assert(other.options);
    expect(await refusalOf(verify.execute({ challengeId: third.challengeId, response: answer }))).toEqual(
      notRecognised,
    );
  });

  it("for a second step: offers only the user's passkeys and accepts only theirs, finding the challenge by its value", async () => {
    const world = await setUp();
    const bob = await world.seedUser();
    const bobs = await world.registerPasskey(bob);
    const forAnn = await world.start(world.ann.user.id);
    expect(forAnn.options.allowCredentials.map((credential) => credential.id)).toEqual([world.authenticator.id]);
    const wrongUser = bobs.authenticator.assert(forAnn.options);
    expect(await refusalOf(world.verify.execute({ response: wrongUser, userId: world.ann.user.id }))).toEqual(
      notRecognised,
    );
    const again = await world.start(world.ann.user.id);
    const response = world.authenticator.assert(again.options);
    expect(await refusalOf(world.verify.execute({ response, userId: bob.user.id }))).toEqual(notRecognised);
    const fresh = await world.start(world.ann.user.id);
    const answer = world.authenticator.assert(fresh.options);
    expect(await world.verify.execute({ response: answer, userId: world.ann.user.id })).toMatchObject({
      id: world.passkey.id,
    });
  });

  it("refuses a removed passkey and a response that is no assertion", async () => {
    const { verify, authenticator, passkey, passkeys, start } = await setUp();
    const { challengeId } = await start();
    expect(await refusalOf(verify.execute({ challengeId, response: { id: "x" } }))).toEqual(notRecognised);
    await passkeys.remove(passkey.id);
    const next = await start();
    const response = authenticator.assert(next.options);
    expect(await refusalOf(verify.execute({ challengeId: next.challengeId, response }))).toEqual(notRecognised);
  });
});

describe("LogInWithPasskey", () => {
  it("opens a cookie session for the passkey's owner and records a passkey login", async () => {
    const { logIn, authenticator, start, ann, audit, context } = await setUp();
    const { challengeId, options } = await start();
    const grant = await logIn.execute(challengeId, authenticator.assert(options), context);
    expect(grant.user.id).toBe(ann.user.id);
    expect(grant.secret).toEqual(expect.any(String));
    const [event] = (await audit.list({ skip: 0, limit: 10 }, { action: "auth.login" })).data;
    expect(event).toMatchObject({
      outcome: "success",
      actorId: ann.user.id,
      targetId: grant.session.id,
      details: { transport: "cookie", method: "passkey" },
    });
  });

  it("records a refused assertion as a failed passkey login", async () => {
    const { logIn, authenticator, start, audit, context } = await setUp();
    const { challengeId, options } = await start();
    const foreign = authenticator.assert(options, { origin: "https://evil.example" });
    expect(await refusalOf(logIn.execute(challengeId, foreign, context))).toEqual(notRecognised);
    const [event] = (await audit.list({ skip: 0, limit: 10 }, { action: "auth.login" })).data;
    expect(event).toMatchObject({ outcome: "failure", details: { method: "passkey", reason: "not_recognised" } });
  });

  it("refuses an inactive user", async () => {
    const { logIn, authenticator, start, ann, users, context } = await setUp();
    await users.update(ann.user.id, { isActive: false });
    const { challengeId, options } = await start();
    expect(await refusalOf(logIn.execute(challengeId, authenticator.assert(options), context))).toMatchObject({
      code: "auth.inactive_user",
    });
  });
});
