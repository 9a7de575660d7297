import { html, verbatimHref } from "./html.js";
import { button, emailLayout, noChangeNeeded, note, noticeText, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasskeyAddedEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** The name the user gave the passkey. */
  readonly passkeyName: string;
  readonly addedAt: Date;
  /** Where to review the account's passkeys: the front end's settings page. */
  readonly settingsLink: string;
}

const utc = (when: Date) => `${when.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The notice that a passkey was added to an account, pointing to the settings in case it was not its owner. */
export function renderPasskeyAddedEmail(input: PasskeyAddedEmailInput): RenderedEmail {
  const { projectName, email, passkeyName, addedAt, settingsLink } = input;
  const href = verbatimHref(settingsLink);
  const what = `A passkey named "${passkeyName}" was added to your ${projectName} account ${email} on ${utc(addedAt)}. It can now sign in to your account.`;
  const advice = "If this was not you, remove the passkey in your security settings and change your password.";
  const html_ = emailLayout({
    projectName,
    title: `A passkey was added - ${projectName}`,
    preheader: what,
    heading: "A passkey was added",
    body: html`${paragraph(what)}
${note(noChangeNeeded)}
${paragraph(advice)}
${button("Review your passkeys", href)}
${rawLink(href)}`,
    footer: `You received this e-mail because a passkey was added to ${email} on ${projectName}.`,
  });
  const text = noticeText("A passkey was added", what, [advice, `Review your passkeys: ${settingsLink}`], projectName);
  return { subject: `${projectName} - A passkey was added to your account`, html: html_, text };
}
