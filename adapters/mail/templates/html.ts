/** A piece of HTML that is already safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template for HTML: every interpolated value is escaped unless it is already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + render(values[index - 1] ?? "") + part));
}

const plainHttpUrl = /^https?:\/\/[^\s"'<>&\\`]+$/;

/**
 * A link for a double-quoted href, kept verbatim: mail clients and tests read the reset link out of the HTML with
 * `/\/reset-password\?token=[^"]+/`, so it must not come out as `&amp;`. Only URLs that need no escaping are accepted.
 */
export function verbatimHref(url: string): SafeHtml {
  if (!plainHttpUrl.test(url))
    throw new Error("A link in an e-mail must be an http(s) URL without quotes, spaces or '&'");
  return new SafeHtml(url);
}
