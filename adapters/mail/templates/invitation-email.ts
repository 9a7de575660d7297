import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
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
}

/** The invitation to join an organisation: who invites, into which organisation, with which role, and the link. */
export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const { projectName, email, organizationName, inviterEmail, inviterName, role, link, validDays } = input;
  const inviter = inviterName ? `${inviterName} (${inviterEmail})` : inviterEmail;
  const what = `${inviter} invited you to join the organization ${organizationName} on ${projectName} as ${role}.`;
  const how = `Sign in or sign up with ${email} and accept the invitation within ${validDays} days:`;
  const href = verbatimHref(link);
  const body = emailLayout({
    projectName,
    title: `Invitation to ${organizationName} - ${projectName}`,
    preheader: what,
    heading: `Join ${organizationName}`,
    body: html`${paragraph(what)}
${paragraph(how)}
${button("Accept invitation", href)}
${note("If the button does not work, copy this link into your browser:")}
${rawLink(href)}
${note("If you did not expect this invitation, you can ignore this e-mail.")}`,
    footer: `You received this e-mail because ${inviterEmail} invited ${email} on ${projectName}.`,
  });
  const text = [`Join ${organizationName}`, "", what, "", how, link, "", `- ${projectName}`].join("\n");
  return { subject: `${projectName} - Invitation to join ${organizationName}`, html: body, text };
}
