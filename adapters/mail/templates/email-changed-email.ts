import { html } from "./html.js";
import { emailLayout, noChangeNeeded, note, noticeText, paragraph } from "./layout.js";
import { maskEmail } from "./mask-email.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface EmailChangedEmailInput {
  readonly projectName: string;
  /** The address the account had: this notice goes there. */
  readonly oldEmail: string;
  /** The account's address now, shown masked. */
  readonly newEmail: string;
}

/** The notice to an account's previous address that its e-mail changed, naming the new one partially masked. */
export function renderEmailChangedEmail({ projectName, oldEmail, newEmail }: EmailChangedEmailInput): RenderedEmail {
  const masked = maskEmail(newEmail);
  const what = `The e-mail address of your ${projectName} account ${oldEmail} was changed to ${masked}.`;
  const advice = `If this was not you, contact an administrator of ${projectName} at once: you can no longer log in or recover the account with ${oldEmail}.`;
  const html_ = emailLayout({
    projectName,
    title: `Your email address was changed - ${projectName}`,
    preheader: what,
    heading: "Your email address was changed",
    body: html`${paragraph(what)}
${note(noChangeNeeded)}
${paragraph(advice)}`,
    footer: `You received this e-mail because ${oldEmail} was the address of an account on ${projectName}.`,
  });
  const text = noticeText("Your email address was changed", what, [advice], projectName);
  return { subject: `${projectName} - Your email address was changed`, html: html_, text };
}
