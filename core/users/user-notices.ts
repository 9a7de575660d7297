import type { TokenService } from "../auth/ports.js";
import type { OutgoingEmail } from "../mail/outgoing-email.js";
import type { User } from "./user.js";

/** Whether an update moved the account to another address (a change of letter case is the same mailbox). */
export const emailChanged = (before: User, after: User): boolean =>
  before.email.toLowerCase() !== after.email.toLowerCase();

/** The patch as given, plus `emailVerifiedAt: null` when it moves the account to another address (same write). */
export function unprovedIfMoved<P extends { readonly email?: string }>(
  before: User,
  patch: P,
): P & { emailVerifiedAt?: null } {
  const moves = patch.email !== undefined && patch.email.toLowerCase() !== before.email.toLowerCase();
  return moves ? { ...patch, emailVerifiedAt: null } : patch;
}

/** The notice that an account's password changed at `at`, to its address. */
export const passwordChanged = (to: string, at: Date): OutgoingEmail => ({
  kind: "password_changed",
  to,
  changedAt: at.toISOString(),
});

/** What an e-mail change notice needs besides the change: the tokens its revert link carries. */
export type EmailRevertTokens = Pick<TokenService, "issueEmailRevertToken">;

/**
 * The notice to the old address when an update moved the account to another one (null otherwise), with a link
 * that puts the old address back: a stolen session cannot keep the account by changing its e-mail.
 */
export function emailChangeNotice(tokens: EmailRevertTokens, before: User, after: User): OutgoingEmail | null {
  if (!emailChanged(before, after)) return null;
  const revertToken = tokens.issueEmailRevertToken({
    userId: after.id,
    previousEmail: before.email,
    changedTo: after.email,
  });
  return { kind: "email_changed", to: before.email, newEmail: after.email, revertToken };
}
