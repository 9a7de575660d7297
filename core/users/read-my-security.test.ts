import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ReadMySecurity } from "./read-my-security.js";
import { EVERY_ACCOUNT_HAS_A_PASSWORD, NO_IDENTITIES, NO_PASSKEYS, NO_TWO_FACTOR } from "./security-facts.js";

const none = {
  twoFactor: NO_TWO_FACTOR,
  passkeys: NO_PASSKEYS,
  identities: NO_IDENTITIES,
  passwords: EVERY_ACCOUNT_HAS_A_PASSWORD,
};

describe("ReadMySecurity", () => {
  it("reports an unverified, password-only account when no other sign-in feature knows it", async () => {
    const { users, seedUser } = createTestWorld();
    const { actor } = await seedUser();
    expect(await new ReadMySecurity(users, none).execute(actor)).toEqual({
      emailVerified: false,
      totpEnabled: false,
      recoveryCodesLeft: 0,
      passkeys: 0,
      hasPassword: true,
      identities: [],
    });
  });

  it("asks each feature about the caller, and reads the address as verified once it is", async () => {
    const { users, seedUser, clock } = createTestWorld();
    const { actor, user } = await seedUser();
    await users.update(user.id, { emailVerifiedAt: clock.now() });
    const askedAbout: string[] = [];
    const answer =
      <T>(value: T) =>
      async (id: string): Promise<T> => {
        askedAbout.push(id);
        return value;
      };
    const facts = {
      twoFactor: { twoFactorOf: answer({ totpEnabled: true, recoveryCodesLeft: 7 }) },
      passkeys: { passkeyCountOf: answer(2) },
      identities: { providersOf: answer(["github"]) },
      passwords: { hasPassword: answer(false) },
    };
    expect(await new ReadMySecurity(users, facts).execute(actor)).toEqual({
      emailVerified: true,
      totpEnabled: true,
      recoveryCodesLeft: 7,
      passkeys: 2,
      hasPassword: false,
      identities: ["github"],
    });
    expect(askedAbout).toEqual([user.id, user.id, user.id, user.id]);
  });

  it("refuses an account that no longer exists", async () => {
    const { users, seedUser } = createTestWorld();
    const { actor, user } = await seedUser();
    await users.remove(user.id);
    expect((await refusalOf(new ReadMySecurity(users, none).execute(actor))).code).toBe("user.not_found");
  });
});
