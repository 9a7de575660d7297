import { html, verbatimHref } from "./html.js";
import { button, emailLayout, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface NewAccountEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** Where to log in: the front end, `FRONTEND_HOST`. */
  readonly link: string;
}

/** The welcome e-mail for an account an administrator created: the username and the way in, never a password. */
export function renderNewAccountEmail({ projectName, email, link }: NewAccountEmailInput): RenderedEmail {
  const href = verbatimHref(link);
  const advice =
    "For your security this e-mail contains no password. To set your own password (or change the one you were given), open the log-in page, choose \u201cForgot your password?\u201d and follow the link we send you.";
  const html_ = emailLayout({
    projectName,
    title: `Welcome to ${projectName}`,
    preheader: `Your ${projectName} account is ready. Your username is ${email}.`,
    heading: `Welcome to ${projectName}`,
    body: html`${paragraph(`An account has been created for you on ${projectName}.`)}
${paragraph(html`Your username: <strong>${email}</strong>`)}
${button("Go to Dashboard", href)}
${rawLink(href)}
${paragraph(advice)}`,
    footer: `You received this e-mail because an administrator created an account for ${email} on ${projectName}.`,
  });
  const text = [
    `Welcome to ${projectName}`,
    "",
    `An account has been created for you on ${projectName}.`,
    "",
    `Your username: ${email}`,
    "",
    `Go to the dashboard: ${link}`,
    "",
    advice,
    "",
    `- ${projectName}`,
  ].join("\n");
  return { subject: `${projectName} - New account for user ${email}`, html: html_, text };
}
