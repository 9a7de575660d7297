import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface NewAccountEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** Where to log in: the front end, `FRONTEND_HOST`. */
  readonly link: string;
  readonly locale?: Locale | null;
}

/** The welcome e-mail for an account an administrator created: the username and the way in, never a password. */
export function renderNewAccountEmail({ projectName, email, link, locale }: NewAccountEmailInput): RenderedEmail {
  const m = emailMessages(locale).newAccount;
  const href = verbatimHref(link);
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: m.heading(projectName),
    preheader: m.preheader(projectName, email),
    heading: m.heading(projectName),
    body: html`${paragraph(m.created(projectName))}
${paragraph(html`${m.username} <strong>${email}</strong>`)}
${button(m.button, href)}
${rawLink(href)}
${paragraph(m.advice)}`,
    footer: m.footer(email, projectName),
  });
  const text = [
    m.heading(projectName),
    "",
    m.created(projectName),
    "",
    `${m.username} ${email}`,
    "",
    `${m.buttonText} ${link}`,
    "",
    m.advice,
    "",
    `- ${projectName}`,
  ].join("\n");
  return { subject: m.subject(projectName, email), html: html_, text };
}
