import type { Locale } from "../../../core/users/locale.js";
import { html, SafeHtml } from "./html.js";
import { en } from "./messages/en.js";
import type { EmailMessages } from "./messages/index.js";

const font = new SafeHtml("font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif");
const brand = new SafeHtml("#00796b");
const ink = new SafeHtml("#1a202c");
const muted = new SafeHtml("#4a5568");
const page = new SafeHtml("#f4f5f7");

export interface LayoutInput {
  /** The language of the text, for the document's `lang`; English when not given. */
  readonly locale?: Locale;
  readonly projectName: string;
  readonly title: string;
  /** The preview line clients show next to the subject; hidden in the body. */
  readonly preheader: string;
  readonly heading: string;
  readonly body: SafeHtml;
  readonly footer: string;
}

/** The shared HTML shell of every e-mail: table layout and inline styles only, no external assets. */
export function emailLayout(input: LayoutInput): string {
  const padding = new Array(8).fill(html`&zwnj;&nbsp;`);
  return html`<!DOCTYPE html>
<html lang="${input.locale ?? "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light only">
<title>${input.title}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${page};">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">${input.preheader}${padding}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${page};">
<tr><td align="center" style="padding:32px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border:1px solid #e2e8f0;border-radius:8px;">
<tr><td style="padding:20px 32px;border-bottom:3px solid ${brand};${font};font-size:18px;font-weight:700;color:${brand};">${input.projectName}</td></tr>
<tr><td style="padding:32px;${font};font-size:16px;line-height:24px;color:${ink};">
<h1 style="margin:0 0 20px;${font};font-size:24px;line-height:32px;font-weight:700;color:${ink};">${input.heading}</h1>
${input.body}
</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td align="center" style="padding:20px 32px;${font};font-size:12px;line-height:18px;color:${muted};">${input.footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value;
}

/** A paragraph of body text. */
export function paragraph(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 16px;${font};font-size:16px;line-height:24px;color:${ink};">${content}</p>`;
}

/** A small, muted paragraph for notes. */
export function note(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 12px;${font};font-size:14px;line-height:22px;color:${muted};">${content}</p>`;
}

/** A call-to-action button built from a table cell, which renders in Outlook as well. */
export function button(label: string, href: SafeHtml): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td align="center" bgcolor="${brand}" style="border-radius:6px;background-color:${brand};">
<a href="${href}" target="_blank" style="display:inline-block;padding:12px 28px;${font};font-size:16px;font-weight:600;line-height:24px;color:#ffffff;text-decoration:none;border-radius:6px;">${label}</a>
</td></tr>
</table>`;
}

/** A link shown in full, for clients where the button does not work. */
export function rawLink(href: SafeHtml): SafeHtml {
  return html`<p style="margin:0 0 16px;${font};font-size:13px;line-height:20px;word-break:break-all;"><a href="${href}" target="_blank" style="color:${brand};text-decoration:underline;">${href.value}</a></p>`;
}

/** The plain-text body of a security notice: what happened, the reassurance, what to do if it was not the reader. */
export function noticeText(
  heading: string,
  what: string,
  advice: readonly string[],
  projectName: string,
  messages: EmailMessages = en,
): string {
  return [heading, "", what, "", messages.common.noChangeNeeded, "", ...advice, "", `- ${projectName}`].join("\n");
}

/** The English reassurance of a security notice. */
export const noChangeNeeded = en.common.noChangeNeeded;
