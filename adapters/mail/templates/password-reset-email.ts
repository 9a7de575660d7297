import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasswordResetEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** The full reset link, `{FRONTEND_HOST}/reset-password?token=…`. */
  readonly link: string;
  readonly validHours: number;
  readonly locale?: Locale | null;
}

/** The password-recovery e-mail: a button and the raw link to the reset page, how long it works, and a reassurance. */
export function renderPasswordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  const { projectName, email, link, validHours, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.passwordReset;
  const href = verbatimHref(link);
  const validity = m.validity(validHours);
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: `${m.heading} - ${projectName}`,
    preheader: m.preheader(projectName, validity),
    heading: m.heading,
    body: html`${paragraph(m.greeting(email))}
${paragraph(m.request(projectName))}
${button(m.button, href)}
${note(messages.common.buttonFallback)}
${rawLink(href)}
${paragraph(html`<strong>${validity}</strong>`)}
${note(m.ignore)}`,
    footer: m.footer(email, projectName),
  });
  const text = [m.heading, "", m.greeting(email), "", m.requestText(projectName), "", link, "", validity, "", m.ignore]
    .concat(["", `- ${projectName}`])
    .join("\n");
  return { subject: m.subject(projectName, email), html: html_, text };
}
