import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, noticeText, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasskeyAddedEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** The name the user gave the passkey. */
  readonly passkeyName: string;
  readonly addedAt: Date;
  /** Where to review the account's passkeys: the front end's settings page. */
  readonly settingsLink: string;
  readonly locale?: Locale | null;
}

/** The notice that a passkey was added to an account, pointing to the settings in case it was not its owner. */
export function renderPasskeyAddedEmail(input: PasskeyAddedEmailInput): RenderedEmail {
  const { projectName, email, passkeyName, addedAt, settingsLink, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.passkeyAdded;
  const href = verbatimHref(settingsLink);
  const what = m.what(projectName, email, passkeyName, messages.common.moment(addedAt));
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: `${m.heading} - ${projectName}`,
    preheader: what,
    heading: m.heading,
    body: html`${paragraph(what)}
${note(messages.common.noChangeNeeded)}
${paragraph(m.advice)}
${button(m.button, href)}
${rawLink(href)}`,
    footer: m.footer(email, projectName),
  });
  const text = noticeText(m.heading, what, [m.advice, `${m.buttonText} ${settingsLink}`], projectName, messages);
  return { subject: m.subject(projectName), html: html_, text };
}
