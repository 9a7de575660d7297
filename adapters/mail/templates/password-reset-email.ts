import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface PasswordResetEmailInput {
  readonly projectName: string;
  readonly email: string;
  /** The full reset link, `{FRONTEND_HOST}/reset-password?token=…`. */
  readonly link: string;
  readonly validHours: number;
}

const hours = (count: number) => `${count} ${count === 1 ? "hour" : "hours"}`;

/** The password-recovery e-mail: a button and the raw link to the reset page, how long it works, and a reassurance. */
export function renderPasswordResetEmail({
  projectName,
  email,
  link,
  validHours,
}: PasswordResetEmailInput): RenderedEmail {
  const href = verbatimHref(link);
  const validity = `This link is valid for ${hours(validHours)}.`;
  const ignore =
    "If you did not ask to reset your password, you can ignore this e-mail: your password will not change.";
  const html_ = emailLayout({
    projectName,
    title: `Reset your password - ${projectName}`,
    preheader: `Choose a new password for your ${projectName} account. ${validity}`,
    heading: "Reset your password",
    body: html`${paragraph(`Hello ${email},`)}
${paragraph(`We received a request to reset the password of your ${projectName} account. Use the button below to choose a new one.`)}
${button("Reset password", href)}
${note("If the button does not work, copy this link into your browser:")}
${rawLink(href)}
${paragraph(html`<strong>${validity}</strong>`)}
${note(ignore)}`,
    footer: `You received this e-mail because a password reset was requested for ${email} on ${projectName}.`,
  });
  const text = [
    "Reset your password",
    "",
    `Hello ${email},`,
    "",
    `We received a request to reset the password of your ${projectName} account. Open this link to choose a new one:`,
    "",
    link,
    "",
    validity,
    "",
    ignore,
    "",
    `- ${projectName}`,
  ].join("\n");
  return { subject: `${projectName} - Password recovery for user ${email}`, html: html_, text };
}
