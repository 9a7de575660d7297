import type { User } from "./user.js";

/** Whether an update moved the account to another address (a change of letter case is the same mailbox). */
export const emailChanged = (before: User, after: User): boolean =>
  before.email.toLowerCase() !== after.email.toLowerCase();
