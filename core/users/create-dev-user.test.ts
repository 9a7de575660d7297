import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { CreateDevUser } from "./create-dev-user.js";

describe("CreateDevUser", () => {
  it("creates an active, regular account with the given name", async () => {
    const { users, hasher } = createTestWorld();
    const user = await new CreateDevUser(users, hasher).execute({ email: "dev", password: "x", fullName: "Dev" });
    expect(user).toMatchObject({ email: "dev", fullName: "Dev", isActive: true, isSuperuser: false });
    expect((await hasher.verify("x", user.hashedPassword ?? "")).valid).toBe(true);
  });

  it("refuses a duplicate e-mail with the sign-up message", async () => {
    const { users, hasher, seedUser } = createTestWorld();
    await seedUser({ email: "dev@example.com" });
    const input = { email: "dev@example.com", password: "x", fullName: "Dev" };
    expect(await refusalOf(new CreateDevUser(users, hasher).execute(input))).toEqual({
      kind: "conflict",
      code: "user.email_taken",
      message: "The user with this email already exists in the system",
    });
  });
});
