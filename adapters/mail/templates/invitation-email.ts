import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
import { emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface InvitationEmailInput {
  readonly projectName: string;
  readonly email: string;
  readonly organizationName: string;
  readonly inviterEmail: string;
  readonly inviterName: string | null;
  readonly role: string;
  /** `{FRONTEND_HOST}/invitations/accept?token=…`. */
  readonly link: string;
  readonly validDays: number;
  readonly locale?: Locale | null;
}

/** The invitation to join an organisation: who invites, into which organisation, with which role, and the link. */
export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const { projectName, email, organizationName, inviterEmail, inviterName, role, link, validDays, locale } = input;
  const messages = emailMessages(locale);
  const m = messages.invitation;
  const inviter = inviterName ? `${inviterName} (${inviterEmail})` : inviterEmail;
  const roleName = m.roles[role as keyof typeof m.roles] ?? role;
  const what = m.what(inviter, organizationName, projectName, roleName);
  const how = m.how(email, validDays);
  const href = verbatimHref(link);
  const body = emailLayout({
    locale: locale ?? "en",
    projectName,
    title: m.title(projectName, organizationName),
    preheader: what,
    heading: m.heading(organizationName),
    body: html`${paragraph(what)}
${paragraph(how)}
${button(m.button, href)}
${note(messages.common.buttonFallback)}
${rawLink(href)}
${note(m.ignore)}`,
    footer: m.footer(inviterEmail, email, projectName),
  });
  const text = [m.heading(organizationName), "", what, "", how, link, "", `- ${projectName}`].join("\n");
  return { subject: m.subject(projectName, organizationName), html: body, text };
}
