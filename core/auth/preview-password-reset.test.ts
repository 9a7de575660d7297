import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { PreviewPasswordReset } from "./preview-password-reset.js";

function setUp() {
  const world = createTestWorld();
  return { ...world, preview: new PreviewPasswordReset(world.users, world.tokens, world.mailer) };
}

describe("PreviewPasswordReset", () => {
  it("shows a superuser the reset e-mail with a working token for the user, without mailing it", async () => {
    const { seedUser, tokens, mailer, preview } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { user } = await seedUser({ email: "ann@example.com" });
    const result = await preview.execute(admin.actor, "ann@example.com");
    const shown = JSON.parse(result.html) as { to: string; token: string };
    expect(shown.to).toBe("ann@example.com");
    expect(tokens.readResetToken(shown.token)).toEqual({
      email: "ann@example.com",
      passwordStamp: tokens.passwordStamp(user.hashedPassword),
    });
    expect(mailer.attempts).toBe(0);
  });

  it("refuses a regular user", async () => {
    const { seedUser, preview } = setUp();
    const regular = await seedUser();
    expect(await refusalOf(preview.execute(regular.actor, regular.user.email))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
  });

  it("answers not found for an unknown e-mail", async () => {
    const { seedUser, preview } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    expect(await refusalOf(preview.execute(admin.actor, "nobody@example.com"))).toEqual({
      kind: "not_found",
      code: "user.username_not_found",
      message: "The user with this username does not exist in the system.",
    });
  });
});
