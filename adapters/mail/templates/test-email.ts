import { html } from "./html.js";
import { emailLayout, note, paragraph } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface TestEmailInput {
  readonly projectName: string;
  readonly email: string;
}

/** The e-mail an administrator sends to check that delivery works; it names its recipient. */
export function renderTestEmail({ projectName, email }: TestEmailInput): RenderedEmail {
  const html_ = emailLayout({
    projectName,
    title: `Test email - ${projectName}`,
    preheader: `E-mail delivery from ${projectName} works.`,
    heading: "E-mail delivery works",
    body: html`${paragraph(`This is a test e-mail from ${projectName}. If you can read it, the server is able to send e-mail.`)}
${paragraph(html`Sent to: <strong>${email}</strong>`)}
${note("No action is needed.")}`,
    footer: `You received this e-mail because an administrator of ${projectName} sent a test e-mail to ${email}.`,
  });
  const text = [
    "E-mail delivery works",
    "",
    `This is a test e-mail from ${projectName}. If you can read it, the server is able to send e-mail.`,
    "",
    `Sent to: ${email}`,
    "",
    "No action is needed.",
    "",
    `- ${projectName}`,
  ].join("\n");
  return { subject: `${projectName} - Test email`, html: html_, text };
}
