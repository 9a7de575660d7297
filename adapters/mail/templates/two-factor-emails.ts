import type { Locale } from "../../../core/users/locale.js";
import { html, verbatimHref } from "./html.js";
import { button, emailLayout, note, noticeText, paragraph, rawLink } from "./layout.js";
import { type EmailMessages, emailMessages } from "./messages/index.js";
import type { RenderedEmail } from "./rendered-email.js";

export interface TwoFactorNoticeInput {
  readonly projectName: string;
  readonly email: string;
  /** When it happened (UTC). */
  readonly at: Date;
  /** Where to recover the account: the front end's recovery page. */
  readonly recoveryLink: string;
  readonly locale?: Locale | null;
}

function notice(
  input: TwoFactorNoticeInput,
  messages: EmailMessages,
  content: { heading: string; what: string; extra?: readonly string[] },
) {
  const { projectName, email, recoveryLink, locale } = input;
  const m = messages.twoFactor;
  const { heading, what, extra = [] } = content;
  const href = verbatimHref(recoveryLink);
  const body = html`${paragraph(what)}
${extra.map((line) => paragraph(line))}
${note(messages.common.noChangeNeeded)}
${paragraph(m.advice)}
${button(m.button, href)}
${rawLink(href)}`;
  return {
    html: emailLayout({
      locale: locale ?? "en",
      projectName,
      title: `${heading} - ${projectName}`,
      preheader: what,
      heading,
      body,
      footer: m.footer(email, projectName),
    }),
    text: noticeText(
      heading,
      [what, ...extra].join(" "),
      [m.advice, `${m.buttonText} ${recoveryLink}`],
      projectName,
      messages,
    ),
  };
}

/** The notice that two-factor authentication was turned on or off. */
export function renderTwoFactorChangedEmail(input: TwoFactorNoticeInput, enabled: boolean): RenderedEmail {
  const messages = emailMessages(input.locale);
  const m = messages.twoFactor;
  const when = messages.common.moment(input.at);
  const heading = m.changedHeading(enabled);
  const what = m.changedWhat(input.projectName, input.email, when, enabled);
  return { subject: m.changedSubject(input.projectName, enabled), ...notice(input, messages, { heading, what }) };
}

/** The notice that a recovery code was used to sign in, with how many are left. */
export function renderRecoveryCodeUsedEmail(input: TwoFactorNoticeInput, codesLeft: number): RenderedEmail {
  const messages = emailMessages(input.locale);
  const m = messages.twoFactor;
  const what = m.codeUsedWhat(input.projectName, input.email, messages.common.moment(input.at));
  const content = { heading: m.codeUsedHeading, what, extra: [m.codesLeft(codesLeft)] };
  return { subject: m.codeUsedSubject(input.projectName), ...notice(input, messages, content) };
}
