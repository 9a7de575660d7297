import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { Authenticate } from "./authenticate.js";

function setUp() {
  const world = createTestWorld();
  return { ...world, authenticate: new Authenticate(world.users, world.tokens) };
}

const invalidCredentials = { kind: "forbidden", code: "auth.invalid_token", message: "Could not validate credentials" };

describe("Authenticate", () => {
  it("resolves an access token to its active user", async () => {
    const { seedUser, tokens, authenticate } = setUp();
    const { user } = await seedUser();
    expect(await authenticate.execute(tokens.issueAccessToken(user.id))).toEqual(user);
  });

  it("refuses a malformed token", async () => {
    const { authenticate } = setUp();
    expect(await refusalOf(authenticate.execute("not-a-token"))).toEqual(invalidCredentials);
  });

  it("refuses a password-reset token used as a bearer token", async () => {
    const { seedUser, tokens, authenticate } = setUp();
    const { user } = await seedUser();
    const resetToken = tokens.issueResetToken(user.email, user.hashedPassword);
    expect(await refusalOf(authenticate.execute(resetToken))).toEqual(invalidCredentials);
  });

  it("answers user not found for a valid token of a deleted user", async () => {
    const { seedUser, users, tokens, authenticate } = setUp();
    const { user } = await seedUser();
    await users.remove(user.id);
    expect(await refusalOf(authenticate.execute(tokens.issueAccessToken(user.id)))).toEqual({
      kind: "not_found",
      code: "auth.user_not_found",
      message: "User not found",
    });
    expect((await refusalOf(authenticate.execute(tokens.issueAccessToken(randomUUID())))).code).toBe(
      "auth.user_not_found",
    );
  });

  it("refuses an inactive user", async () => {
    const { seedUser, tokens, authenticate } = setUp();
    const { user } = await seedUser({ isActive: false });
    expect(await refusalOf(authenticate.execute(tokens.issueAccessToken(user.id)))).toEqual({
      kind: "invalid",
      code: "auth.inactive_user",
      message: "Inactive user",
    });
  });
});
