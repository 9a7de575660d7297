import { html, verbatimHref } from "./html.js";
import { button, emailLayout, noChangeNeeded, note, noticeText, paragraph, rawLink } from "./layout.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface TwoFactorNoticeInput {
  readonly projectName: string;
  readonly email: string;
  /** When it happened (UTC). */
  readonly at: Date;
  /** Where to recover the account: the front end's recovery page. */
  readonly recoveryLink: string;
}

const utc = (when: Date) => `${when.toISOString().slice(0, 16).replace("T", " ")} UTC`;

const advice = "If this was not you, recover your account now: request a password reset and choose a new password.";

function notice(input: TwoFactorNoticeInput, heading: string, what: string, extra: readonly string[] = []) {
  const { projectName, email, recoveryLink } = input;
  const href = verbatimHref(recoveryLink);
  const body = html`${paragraph(what)}
${extra.map((line) => paragraph(line))}
${note(noChangeNeeded)}
${paragraph(advice)}
${button("Recover your account", href)}
${rawLink(href)}`;
  return {
    html: emailLayout({
      projectName,
      title: `${heading} - ${projectName}`,
      preheader: what,
      heading,
      body,
      footer: `You received this e-mail because the sign-in settings of ${email} on ${projectName} changed.`,
    }),
    text: noticeText(
      heading,
      [what, ...extra].join(" "),
      [advice, `Recover your account: ${recoveryLink}`],
      projectName,
    ),
  };
}

/** The notice that two-factor authentication was turned on or off. */
export function renderTwoFactorChangedEmail(input: TwoFactorNoticeInput, enabled: boolean): RenderedEmail {
  const state = enabled ? "turned on" : "turned off";
  const heading = `Two-factor authentication was ${state}`;
  const what = `Two-factor authentication for your ${input.projectName} account ${input.email} was ${state} on ${utc(input.at)}.`;
  return { subject: `${input.projectName} - Two-factor authentication ${state}`, ...notice(input, heading, what) };
}

/** The notice that a recovery code was used to sign in, with how many are left. */
export function renderRecoveryCodeUsedEmail(input: TwoFactorNoticeInput, codesLeft: number): RenderedEmail {
  const heading = "A recovery code was used";
  const what = `A recovery code was used to sign in to your ${input.projectName} account ${input.email} on ${utc(input.at)}.`;
  const left = `You have ${codesLeft} unused recovery ${codesLeft === 1 ? "code" : "codes"} left; you can make new ones in Settings.`;
  return { subject: `${input.projectName} - A recovery code was used`, ...notice(input, heading, what, [left]) };
}
