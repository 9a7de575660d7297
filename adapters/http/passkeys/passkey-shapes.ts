import type { Passkey } from "../../../core/passkeys/passkey.js";
import type { PasskeyAssertionStart } from "../../../core/passkeys/start-passkey-assertion.js";
import type { UUID } from "../shared-shapes.js";

/** A WebAuthn options object as the browser's `PublicKeyCredential.parseCreationOptionsFromJSON` (or request) reads it. */
export interface WebAuthnOptions {
  [key: string]: unknown;
}

/** A WebAuthn credential as the browser's `PublicKeyCredential.toJSON()` gives it (registration or assertion). */
export interface WebAuthnResponse {
  [key: string]: unknown;
}

/** One of the caller's passkeys. */
export interface PasskeyPublic {
  id: UUID;
  name: string;
  created_at: Date;
  /** When it last signed in; null when it never has. */
  last_used_at: Date | null;
}

/** The caller's passkeys, oldest first, and how many there are. */
export interface PasskeysPublic {
  data: PasskeyPublic[];
  count: number;
}

/** A passkey the browser just created, under the name the user gave it. */
export interface PasskeyCreate {
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
  response: WebAuthnResponse;
}

/** A passkey's new name. */
export interface PasskeyUpdate {
  /**
   * @minLength 1
   * @maxLength 100
   */
  name: string;
}

/** A challenge for a passwordless login and the request options that carry it. */
export interface PasskeyLoginOptions {
  challenge_id: string;
  options: WebAuthnOptions;
}

/** A passkey's assertion for a challenge from the passkey login options. */
export interface PasskeyLogin {
  challenge_id: string;
  response: WebAuthnResponse;
}

export const passkeyPublic = (passkey: Passkey): PasskeyPublic => ({
  id: passkey.id,
  name: passkey.name,
  created_at: passkey.createdAt,
  last_used_at: passkey.lastUsedAt,
});

export const passkeysPublic = (passkeys: Passkey[]): PasskeysPublic => ({
  data: passkeys.map(passkeyPublic),
  count: passkeys.length,
});

export const passkeyLoginOptions = (start: PasskeyAssertionStart): PasskeyLoginOptions => ({
  challenge_id: start.challengeId,
  options: { ...start.options },
});
