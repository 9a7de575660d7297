import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { RevertEmail } from "./revert-email.js";

const invalidToken = { kind: "invalid", code: "auth.invalid_revert_token", message: "Invalid token" };

async function setUp() {
  const world = createTestWorld();
  const { user } = await world.seedUser({ email: "owner@example.com" });
  await world.users.update(user.id, { email: "thief@example.net" });
  const token = world.tokens.issueEmailRevertToken({
    userId: user.id,
    previousEmail: "owner@example.com",
    changedTo: "thief@example.net",
  });
  return { ...world, user, token, revert: new RevertEmail(world.users, world.tokens, world.trail) };
}

describe("RevertEmail", () => {
  it("puts the old address back, revokes every session and records who asked", async () => {
    const { revert, token, user, users, issuer, sessions, audit, clock, policy } = await setUp();
    await issuer.openForBearer(user, { ip: null, userAgent: null, sessionId: null });
    await revert.execute(token, { ip: "203.0.113.5", userAgent: "mail/1", sessionId: null });
    expect((await users.findById(user.id))?.email).toBe("owner@example.com");
    const liveness = { now: clock.now(), usedSince: new Date(clock.now().getTime() - policy.idleDays * 86_400_000) };
    expect(await sessions.listLive(user.id, liveness)).toEqual([]);
    const { data } = await audit.list({ skip: 0, limit: 5 }, { action: "user.updated" });
    expect(data[0]).toMatchObject({
      actorId: null,
      actorEmail: "owner@example.com",
      targetId: user.id,
      details: { fields: ["email"], reverted: true, sessions_revoked: 1 },
    });
  });

  it("works once, and not after another change of address", async () => {
    const { revert, token, user, users, tokens } = await setUp();
    await revert.execute(token);
    expect(await refusalOf(revert.execute(token))).toMatchObject(invalidToken);
    const again = tokens.issueEmailRevertToken({
      userId: user.id,
      previousEmail: "owner@example.com",
      changedTo: "thief@example.net",
    });
    await users.update(user.id, { email: "elsewhere@example.net" });
    expect(await refusalOf(revert.execute(again))).toMatchObject(invalidToken);
  });

  it("answers 409 when another account holds the old address now", async () => {
    const { revert, token, seedUser, users, user } = await setUp();
    await seedUser({ email: "owner@example.com" });
    expect(await refusalOf(revert.execute(token))).toMatchObject({
      kind: "conflict",
      message: "The user with this email already exists in the system",
    });
    expect((await users.findById(user.id))?.email).toBe("thief@example.net");
  });

  it("refuses a token of another purpose", async () => {
    const { revert, tokens, user } = await setUp();
    expect(await refusalOf(revert.execute(tokens.issueResetToken(user.email, user.hashedPassword)))).toMatchObject(
      invalidToken,
    );
  });
});
