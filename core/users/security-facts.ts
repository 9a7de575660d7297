/**
 * What each sign-in feature knows about an account, one port per feature, so each feature answers for itself.
 * Until a feature is installed, its `NO_…` default below says the account has none of it.
 */
export interface TwoFactorFacts {
  /** Whether time-based codes are turned on, and how many unused recovery codes are left. */
  twoFactorOf(userId: string): Promise<{ readonly totpEnabled: boolean; readonly recoveryCodesLeft: number }>;
}

export interface PasskeyFacts {
  passkeyCountOf(userId: string): Promise<number>;
}

export interface IdentityFacts {
  /** The names of the identity providers linked to the account. */
  providersOf(userId: string): Promise<readonly string[]>;
}

export interface PasswordFacts {
  /** False for an account that signs in only with passkeys or a provider. */
  hasPassword(userId: string): Promise<boolean>;
}

export interface SecurityFacts {
  readonly twoFactor: TwoFactorFacts;
  readonly passkeys: PasskeyFacts;
  readonly identities: IdentityFacts;
  readonly passwords: PasswordFacts;
}

export const NO_TWO_FACTOR: TwoFactorFacts = {
  twoFactorOf: async () => ({ totpEnabled: false, recoveryCodesLeft: 0 }),
};
export const NO_PASSKEYS: PasskeyFacts = { passkeyCountOf: async () => 0 };
export const NO_IDENTITIES: IdentityFacts = { providersOf: async () => [] };
/** Every account has a password while no passwordless way in exists. */
export const EVERY_ACCOUNT_HAS_A_PASSWORD: PasswordFacts = { hasPassword: async () => true };
