import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface VerifyEmailEmailInput {
  readonly projectName: string;
  /** The address to prove: this e-mail goes there. */
  readonly email: string;
  /** The single-use link, `{FRONTEND_HOST}/verify-email?token=…`. */
  readonly link: string;
  readonly validHours: number;
  readonly locale?: Locale | null;
}

/** Asks the reader to prove they receive mail at this address: a button and the raw link, and how long it works. */
export function renderVerifyEmailEmail(input: VerifyEmailEmailInput): RenderedEmail {
  const { projectName, email, link, validHours, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.verifyEmail;
  const href = verbatimHref(link);
  const validity = m.validity(validHours);
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: `${m.heading} - ${projectName}`,
    preheader: `${m.ask(projectName, email)} ${validity}`,
    heading: m.heading,
    body: html`${paragraph(m.greeting(email))}
${paragraph(m.ask(projectName, email))}
${button(m.button, href)}
${note(messages.common.buttonFallback)}
${rawLink(href)}
${paragraph(html`<strong>${validity}</strong>`)}
${note(m.ignore)}`,
    footer: m.footer(email, projectName),
  });
  const text = [
    m.heading,
    "",
    m.greeting(email),
    "",
    m.askText(projectName, email),
    "",
    link,
    "",
    validity,
    "",
    m.ignore,
  ]
    .concat(["", `- ${projectName}`])
    .join("\n");
  return { subject: m.subject(projectName), html: html_, text };
}
