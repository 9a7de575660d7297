import type { Locale } from "../../../core/users/locale.js";
import { html } from "./html.js";
import { emailLayout, note, paragraph } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface TestEmailInput {
  readonly projectName: string;
  readonly email: string;
  readonly locale?: Locale | null;
}

/** The e-mail an administrator sends to check that delivery works; it names its recipient. */
export function renderTestEmail({ projectName, email, locale }: TestEmailInput): RenderedEmail {
  const m = emailMessages(locale).testEmail;
  const html_ = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: m.title(projectName),
    preheader: m.preheader(projectName),
    heading: m.heading,
    body: html`${paragraph(m.body(projectName))}
${paragraph(html`${m.sentTo} <strong>${email}</strong>`)}
${note(m.noAction)}`,
    footer: m.footer(projectName, email),
  });
  const text = [m.heading, "", m.body(projectName), "", `${m.sentTo} ${email}`, "", m.noAction, "", `- ${projectName}`];
  return { subject: m.subject(projectName), html: html_, text: text.join("\n") };
}
