import type { IdentityRepository } from "../../core/identities/ports.js";
import type { PasskeyRepository } from "../../core/passkeys/ports.js";
import type { TwoFactorRepository } from "../../core/two-factor/ports.js";
import type { UserRepository } from "../../core/users/ports.js";
import type { SecurityFacts } from "../../core/users/security-facts.js";

/** The security overview's sources, one per sign-in feature: each feature's own repository answers for it. */
export function securityFacts(sources: {
  readonly users: UserRepository;
  readonly twoFactor: TwoFactorRepository;
  readonly passkeys: PasskeyRepository;
  readonly identities: IdentityRepository;
}): SecurityFacts {
  const { users, twoFactor, passkeys, identities } = sources;
  return {
    twoFactor: {
      twoFactorOf: async (userId) => ({
        totpEnabled: await twoFactor.isTotpEnabled(userId),
        recoveryCodesLeft: await twoFactor.countRecoveryCodesLeft(userId),
      }),
    },
    passkeys: { passkeyCountOf: (userId) => passkeys.countByUser(userId) },
    identities: { providersOf: (userId) => identities.providersOf(userId) },
    passwords: { hasPassword: async (userId) => ((await users.findById(userId))?.hashedPassword ?? null) !== null },
  };
}
