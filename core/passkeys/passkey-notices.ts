import type { OutgoingEmail } from "../mail/outgoing-email.js";

/** The notice that a passkey named `passkeyName` was added to the account of `to` at `at`. */
export const passkeyAdded = (to: string, passkeyName: string, at: Date): OutgoingEmail => ({
  kind: "passkey_added",
  to,
  passkeyName,
  addedAt: at.toISOString(),
});
