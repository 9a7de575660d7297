import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import { RecordingMailer } from "../../adapters/memory/recording-mailer.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { UpdateMe } from "./update-me.js";

const emailInUse = { kind: "conflict", code: "user.email_in_use", message: "User with this email already exists" };

describe("UpdateMe", () => {
  it("changes the name and e-mail and leaves the rest as it was", async () => {
    const { users, seedUser, trail, tokens, verification } = createTestWorld();
    const me = await seedUser({ fullName: "Ann" });
    const updated = await new UpdateMe(users, new RecordingMailer(), trail, tokens, verification).execute(me.actor, {
      fullName: "Ann B",
      email: "annb@example.com",
    });
    expect(updated).toEqual({ ...me.user, fullName: "Ann B", email: "annb@example.com" });
    expect(await users.findById(me.user.id)).toEqual(updated);
  });

  it("clears the name with null and keeps the e-mail when none is given", async () => {
    const { users, seedUser, trail, tokens, verification } = createTestWorld();
    const me = await seedUser({ fullName: "Ann" });
    expect(
      await new UpdateMe(users, new RecordingMailer(), trail, tokens, verification).execute(me.actor, {
        fullName: null,
      }),
    ).toEqual({
      ...me.user,
      fullName: null,
    });
  });

  it("accepts the user's own current e-mail", async () => {
    const { users, seedUser, trail, tokens, verification } = createTestWorld();
    const me = await seedUser({ email: "ann@example.com" });
    expect(
      (
        await new UpdateMe(users, new RecordingMailer(), trail, tokens, verification).execute(me.actor, {
          email: "ann@example.com",
        })
      ).email,
    ).toBe("ann@example.com");
  });

  it("refuses an e-mail another user has", async () => {
    const { users, seedUser, trail, tokens, verification } = createTestWorld();
    const me = await seedUser();
    await seedUser({ email: "taken@example.com" });
    expect(
      await refusalOf(
        new UpdateMe(users, new RecordingMailer(), trail, tokens, verification).execute(me.actor, {
          email: "taken@example.com",
        }),
      ),
    ).toEqual(emailInUse);
    expect(await users.findById(me.user.id)).toEqual(me.user);
  });

  it("refuses with the same message when another user takes the e-mail concurrently", async () => {
    const { users, seedUser, trailThrough, tokens, verification } = createTestWorld();
    const me = await seedUser();
    const racing = new InterleavingUserRepository(users, () => seedUser({ email: "taken@example.com" }));
    expect(
      await refusalOf(
        new UpdateMe(racing, new RecordingMailer(), trailThrough({ users: racing }), tokens, verification).execute(
          me.actor,
          {
            email: "taken@example.com",
          },
        ),
      ),
    ).toEqual(emailInUse);
  });

  it("answers user not found for an actor whose account is gone", async () => {
    const { users, seedUser, trail, tokens, verification } = createTestWorld();
    const me = await seedUser();
    await users.remove(me.user.id);
    expect(
      await refusalOf(
        new UpdateMe(users, new RecordingMailer(), trail, tokens, verification).execute(me.actor, {
          fullName: "Ghost",
        }),
      ),
    ).toEqual({
      kind: "not_found",
      code: "user.not_found",
      message: "User not found",
    });
  });
});
