import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface VerifyEmailEmailInput {
  readonly projectName: string;
  /** The address to prove: this e-mail goes there. */
  readonly email: string;
  /** The single-use link, `{FRONTEND_HOST}/verify-email?token=…`. */
  readonly link: string;
  readonly validHours: number;
}

const hours = (count: number) => `${count} ${count === 1 ? "hour" : "hours"}`;

/** Asks the reader to prove they receive mail at this address: a button and the raw link, and how long it works. */
export function renderVerifyEmailEmail({ projectName, email, link, validHours }: VerifyEmailEmailInput): RenderedEmail {
  const href = verbatimHref(link);
  const ask = `Please confirm that ${email} is the e-mail address of your ${projectName} account.`;
  const validity = `This link works once and is valid for ${hours(validHours)}; a newer link replaces it.`;
  const ignore = "If you did not create an account or change its address, you can ignore this e-mail.";
  const html_ = emailLayout({
    projectName,
    title: `Verify your email - ${projectName}`,
    preheader: `${ask} ${validity}`,
    heading: "Verify your email",
    body: html`${paragraph(`Hello ${email},`)}
${paragraph(ask)}
${button("Verify email", href)}
${note("If the button does not work, copy this link into your browser:")}
${rawLink(href)}
${paragraph(html`<strong>${validity}</strong>`)}
${note(ignore)}`,
    footer: `You received this e-mail because ${email} was given as the address of an account on ${projectName}.`,
  });
  const text = [
    "Verify your email",
    "",
    `Hello ${email},`,
    "",
    `${ask} Open this link to confirm it:`,
    "",
    link,
    "",
    validity,
    "",
    ignore,
    "",
    `- ${projectName}`,
  ].join("\n");
  return { subject: `${projectName} - Verify your email`, html: html_, text };
}
