/** A WebAuthn credential a user registered to sign in with; the private key never leaves their authenticator. */
export interface Passkey {
  readonly id: string;
  readonly userId: string;
  /** What the user calls it ("Laptop", "Phone"). */
  readonly name: string;
  /** The authenticator's credential id, base64url. */
  readonly credentialId: string;
  /** The credential's COSE public key, base64url. */
  readonly publicKey: string;
  /** The signature counter last seen; an assertion must move it forward (unless the authenticator keeps none). */
  readonly counter: number;
  /** How the browser may reach the authenticator (usb, internal, hybrid, ...). */
  readonly transports: readonly string[];
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

/** A passkey not stored yet: the repository assigns `id`. */
export type NewPasskey = Omit<Passkey, "id">;

/** The longest name a passkey may have. */
export const PASSKEY_NAME_MAX_LENGTH = 100;

/** The name as stored: trimmed; null when nothing is left or it is too long. */
export function passkeyName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed.length === 0 || trimmed.length > PASSKEY_NAME_MAX_LENGTH ? null : trimmed;
}
