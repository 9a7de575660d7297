import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, noticeText, paragraph, rawLink } from "./layout.js";
import { maskEmail } from "./mask-email.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface EmailChangedEmailInput {
  readonly projectName: string;
  /** The address the account had: this notice goes there. */
  readonly oldEmail: string;
  /** The account's address now, shown masked. */
  readonly newEmail: string;
  /** The single-use link that puts the old address back, `{FRONTEND_HOST}/revert-email?token=…`. */
  readonly revertLink: string;
  readonly locale?: Locale | null;
}

/**
 * The notice to an account's previous address that its e-mail changed, naming the new one partially masked, with a
 * link that undoes the change and signs every session out.
 */
export function renderEmailChangedEmail(input: EmailChangedEmailInput): RenderedEmail {
  const { projectName, oldEmail, newEmail, revertLink, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.emailChanged;
  const href = verbatimHref(revertLink);
  const what = m.what(projectName, oldEmail, maskEmail(newEmail));
  const advice = m.advice(oldEmail);
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: `${m.heading} - ${projectName}`,
    preheader: what,
    heading: m.heading,
    body: html`${paragraph(what)}
${note(messages.common.noChangeNeeded)}
${paragraph(advice)}
${button(m.button, href)}
${note(messages.common.buttonFallback)}
${rawLink(href)}`,
    footer: m.footer(oldEmail, projectName),
  });
  const text = noticeText(m.heading, what, [advice, revertLink], projectName, messages);
  return { subject: m.subject(projectName), html: html_, text };
}
