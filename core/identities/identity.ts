/** An account at an identity provider, linked to a user: signing in there signs the user in here. */
export interface LinkedIdentity {
  readonly id: string;
  readonly userId: string;
  /** The configured provider's name (`google`, `github`, `dev`). */
  readonly provider: string;
  /** The provider's stable id of the account (`sub`). */
  readonly subject: string;
  /** The address the provider gave when the identity was linked. */
  readonly email: string | null;
  readonly createdAt: Date;
}

export type NewLinkedIdentity = Omit<LinkedIdentity, "id" | "createdAt"> & { readonly createdAt: Date };

/** What a provider asserted about the person once every protocol check (state, nonce, PKCE, issuer, audience, expiry) held. */
export interface ProviderProfile {
  readonly provider: string;
  readonly subject: string;
  readonly email: string | null;
  /** The provider vouches that the person reads mail at `email`. */
  readonly emailVerified: boolean;
  readonly name: string | null;
}
