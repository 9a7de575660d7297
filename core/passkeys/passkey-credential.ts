import type { Passkey } from "./passkey.js";
import type { PasskeyCredential } from "./ports.js";

/** The public part of a stored passkey that options and verification need. */
export const credentialOf = (passkey: Passkey): PasskeyCredential => ({
  credentialId: passkey.credentialId,
  publicKey: passkey.publicKey,
  counter: passkey.counter,
  transports: passkey.transports,
});
