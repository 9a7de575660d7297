import { describe, expect, it } from "vitest";
import { createPasskeyWorld } from "../../adapters/memory/passkey-test-world.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";

const notFound = { kind: "not_found", code: "passkey.not_found", message: "Passkey not found" };
const lastWayIn = {
  kind: "invalid",
  code: "passkey.last_way_in",
  message: "You cannot remove your only way to sign in",
};

async function setUp() {
  const world = createPasskeyWorld();
  const ann = await world.seedUser();
  const { passkey } = await world.registerPasskey(ann);
  return { ...world, ann, passkey };
}

describe("RenameMyPasskey", () => {
  it("renames the caller's passkey, trimmed", async () => {
    const { rename, ann, passkey } = await setUp();
    expect(await rename.execute(ann.actor, passkey.id, " Phone ")).toEqual({ ...passkey, name: "Phone" });
  });

  it("answers not found for another user's or an unknown passkey", async () => {
    const { rename, seedUser, passkey } = await setUp();
    const bob = await seedUser();
    expect(await refusalOf(rename.execute(bob.actor, passkey.id, "Mine"))).toEqual(notFound);
    expect(await refusalOf(rename.execute(bob.actor, "00000000-0000-4000-8000-000000000000", "Mine"))).toEqual(
      notFound,
    );
  });
});

describe("RemoveMyPasskey", () => {
  it("removes the caller's passkey and records auth.passkey_removed", async () => {
    const { remove, ann, passkey, passkeys, audit, context } = await setUp();
    await remove.execute(ann.actor, passkey.id, context);
    expect(await passkeys.findById(passkey.id)).toBeNull();
    const [event] = (await audit.list({ skip: 0, limit: 10 }, { action: "auth.passkey_removed" })).data;
    expect(event).toMatchObject({ actorId: ann.user.id, targetType: "passkey", targetId: passkey.id });
  });

  it("answers not found for another user's passkey and leaves it", async () => {
    const { remove, seedUser, passkey, passkeys, context } = await setUp();
    const bob = await seedUser();
    expect(await refusalOf(remove.execute(bob.actor, passkey.id, context))).toEqual(notFound);
    expect(await passkeys.findById(passkey.id)).not.toBeNull();
  });

  it("keeps the last passkey of a user without a password, and lets one of two go", async () => {
    const { remove, ann, passkey, passkeys, signInMethods, registerPasskey, context } = await setUp();
    signInMethods.withoutPassword.add(ann.user.id);
    expect(await refusalOf(remove.execute(ann.actor, passkey.id, context))).toEqual(lastWayIn);
    expect(await passkeys.findById(passkey.id)).not.toBeNull();
    const spare = await registerPasskey(ann, "Spare");
    await remove.execute(ann.actor, passkey.id, context);
    expect(await refusalOf(remove.execute(ann.actor, spare.passkey.id, context))).toEqual(lastWayIn);
  });
});
