import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, noticeText, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasswordChangedEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** When the password changed, as the reader should see it (UTC). */
  readonly changedAt: Date;
  /** Where to recover the account: the front end's recovery page. */
  readonly recoveryLink: string;
  readonly locale?: Locale | null;
}

/** The notice that an account's password changed, pointing to password recovery in case it was not its owner. */
export function renderPasswordChangedEmail(input: PasswordChangedEmailInput): RenderedEmail {
  const { projectName, email, changedAt, recoveryLink, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.passwordChanged;
  const href = verbatimHref(recoveryLink);
  const what = m.what(projectName, email, messages.common.moment(changedAt));
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
  const advice = [m.advice, `${m.buttonText} ${recoveryLink}`];
  const text = noticeText(m.heading, what, advice, projectName, messages);
  return { subject: m.subject(projectName), html: html_, text };
}
