import { html, verbatimHref } from "./html.js";
import { button, emailLayout, noChangeNeeded, note, noticeText, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasswordChangedEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** When the password changed, as the reader should see it (UTC). */
  readonly changedAt: Date;
  /** Where to recover the account: the front end's recovery page. */
  readonly recoveryLink: string;
}

const utc = (when: Date) => `${when.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The notice that an account's password changed, pointing to password recovery in case it was not its owner. */
export function renderPasswordChangedEmail(input: PasswordChangedEmailInput): RenderedEmail {
  const { projectName, email, changedAt, recoveryLink } = input;
  const href = verbatimHref(recoveryLink);
  const what = `The password of your ${projectName} account ${email} was changed on ${utc(changedAt)}.`;
  const advice = "If this was not you, recover your account now: request a password reset and choose a new password.";
  const html_ = emailLayout({
    projectName,
    title: `Your password was changed - ${projectName}`,
    preheader: what,
    heading: "Your password was changed",
    body: html`${paragraph(what)}
${note(noChangeNeeded)}
${paragraph(advice)}
${button("Recover your account", href)}
${rawLink(href)}`,
    footer: `You received this e-mail because the password of ${email} on ${projectName} changed.`,
  });
  const text = noticeText(
    "Your password was changed",
    what,
    [advice, `Recover your account: ${recoveryLink}`],
    projectName,
  );
  return { subject: `${projectName} - Your password was changed`, html: html_, text };
}
