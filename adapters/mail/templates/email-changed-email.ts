import { html, verbatimHref } from "./html.js";
import { button, emailLayout, noChangeNeeded, note, noticeText, paragraph, rawLink } from "./layout.js";
import { maskEmail } from "./mask-email.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface EmailChangedEmailInput {
  readonly projectName: string;
  /** The address the account had: this notice goes there. */
  readonly oldEmail: string;
  /** The account's address now, shown masked. */
  readonly newEmail: string;
  /** The single-use link that puts the old address back, `{FRONTEND_HOST}/revert-email?token=…`. */
  readonly revertLink: string;
}

/**
 * The notice to an account's previous address that its e-mail changed, naming the new one partially masked, with a
 * link that undoes the change and signs every session out.
 */
export function renderEmailChangedEmail({
  projectName,
  oldEmail,
  newEmail,
  revertLink,
}: EmailChangedEmailInput): RenderedEmail {
  const masked = maskEmail(newEmail);
  const href = verbatimHref(revertLink);
  const what = `The e-mail address of your ${projectName} account ${oldEmail} was changed to ${masked}.`;
  const advice = `If this was not you, use this link within 7 days to put ${oldEmail} back and sign out every session, then reset your password:`;
  const html_ = emailLayout({
    projectName,
    title: `Your email address was changed - ${projectName}`,
    preheader: what,
    heading: "Your email address was changed",
    body: html`${paragraph(what)}
${note(noChangeNeeded)}
${paragraph(advice)}
${button("Restore my email address", href)}
${note("If the button does not work, copy this link into your browser:")}
${rawLink(href)}`,
    footer: `You received this e-mail because ${oldEmail} was the address of an account on ${projectName}.`,
  });
  const text = noticeText("Your email address was changed", what, [advice, revertLink], projectName);
  return { subject: `${projectName} - Your email address was changed`, html: html_, text };
}
