import type { OutgoingEmail } from "../mail/outgoing-email.js";
import type { User } from "./user.js";

/** Whether an update moved the account to another address (a change of letter case is the same mailbox). */
export const emailChanged = (before: User, after: User): boolean =>
  before.email.toLowerCase() !== after.email.toLowerCase();

/** The notice that an account's password changed at `at`, to its address. */
export const passwordChanged = (to: string, at: Date): OutgoingEmail => ({
  kind: "password_changed",
  to,
  changedAt: at.toISOString(),
});
