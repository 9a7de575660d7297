import {
  EVERY_ACCOUNT_HAS_A_PASSWORD,
  NO_IDENTITIES,
  NO_PASSKEYS,
  NO_TWO_FACTOR,
  type SecurityFacts,
} from "../../core/users/security-facts.js";

/**
 * The security overview's sources, one per sign-in feature. A feature that is added (two-factor codes, passkeys,
 * identity providers, passwordless accounts) puts its repository here in place of its "none" default.
 */
export function securityFacts(): SecurityFacts {
  return {
    twoFactor: NO_TWO_FACTOR,
    passkeys: NO_PASSKEYS,
    identities: NO_IDENTITIES,
    passwords: EVERY_ACCOUNT_HAS_A_PASSWORD,
  };
}
