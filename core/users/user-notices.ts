import type { TokenService } from "../auth/ports.js";
import type { Mailer } from "../mail/mailer.js";
import { notify } from "../mail/notify.js";
import type { User } from "./user.js";

/** Whether an update moved the account to another address (a change of letter case is the same mailbox). */
export const emailChanged = (before: User, after: User): boolean =>
  before.email.toLowerCase() !== after.email.toLowerCase();

/** What announcing an e-mail change needs: the mailer, and the tokens its revert link carries. */
export type EmailRevertTokens = Pick<TokenService, "issueEmailRevertToken">;

/**
 * Once an update committed: when it moved the account to another address, tells the old address, with a link that
 * puts it back. So a stolen session cannot keep the account by changing its e-mail.
 */
export async function announceEmailChange(
  mailer: Mailer | undefined,
  tokens: EmailRevertTokens,
  before: User,
  after: User,
): Promise<void> {
  if (!emailChanged(before, after)) return;
  const change = { userId: after.id, previousEmail: before.email, changedTo: after.email };
  const token = tokens.issueEmailRevertToken(change);
  await notify(mailer, (sender) => sender.sendEmailChanged(before.email, after.email, token));
}
