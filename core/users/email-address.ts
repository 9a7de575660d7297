/** Why an address is refused, worded like python's email-validator (the reference's EmailStr). */
export class EmailSyntaxError extends Error {}

const specialUseDomains = ["arpa", "invalid", "local", "localhost", "onion", "test"];
const atextLocal = /^[\p{L}\p{N}!#$%&'*+\-/=?^_`{|}~.]*$/u;
const domainLabel = /^[\p{L}\p{N}-]*$/u;

const invalidChars = (text: string, allowed: RegExp): string =>
  [...new Set([...text].filter((char) => !allowed.test(char)))].map((char) => char).join(", ");

function checkLocalPart(local: string): void {
  if (local === "") throw new EmailSyntaxError("There must be something before the @-sign.");
  if (!atextLocal.test(local)) {
    const bad = invalidChars(local, /[\p{L}\p{N}!#$%&'*+\-/=?^_`{|}~.]/u);
    throw new EmailSyntaxError(`The email address contains invalid characters before the @-sign: ${quoteEach(bad)}.`);
  }
  if (local.startsWith(".")) throw new EmailSyntaxError("An email address cannot start with a period.");
  if (local.endsWith("."))
    throw new EmailSyntaxError("An email address cannot have a period immediately before the @-sign.");
  if (local.includes("..")) throw new EmailSyntaxError("An email address cannot have two periods in a row.");
  if (local.length > 64) {
    const extra = local.length - 64;
    throw new EmailSyntaxError(
      `The email address is too long before the @-sign (${extra} character${extra === 1 ? "" : "s"} too many).`,
    );
  }
}

function checkDomain(domain: string): void {
  if (domain === "") throw new EmailSyntaxError("There must be something after the @-sign.");
  const bad = invalidChars(domain, /[\p{L}\p{N}.-]/u);
  if (bad) throw new EmailSyntaxError(`The part after the @-sign contains invalid characters: ${quoteEach(bad)}.`);
  if (domain.startsWith("."))
    throw new EmailSyntaxError("An email address cannot have a period immediately after the @-sign.");
  if (domain.endsWith(".")) throw new EmailSyntaxError("An email address cannot end with a period.");
  if (domain.includes("..")) throw new EmailSyntaxError("An email address cannot have two periods in a row.");
  const labels = domain.split(".");
  for (const label of labels) {
    if (!domainLabel.test(label)) throw new EmailSyntaxError("The part after the @-sign contains invalid characters.");
    if (label.startsWith("-"))
      throw new EmailSyntaxError("An email address cannot have a hyphen immediately after the @-sign or a period.");
    if (label.endsWith("-"))
      throw new EmailSyntaxError("An email address cannot have a hyphen immediately before a period or at the end.");
    if (label.length > 63) throw new EmailSyntaxError("The part after the @-sign is not valid. A label is too long.");
  }
  if (domain.length > 253) throw new EmailSyntaxError("The email address is too long after the @-sign.");
  if (labels.length < 2) throw new EmailSyntaxError("The part after the @-sign is not valid. It should have a period.");
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? "")) {
    throw new EmailSyntaxError("The part after the @-sign is not valid. It is not within a valid top-level domain.");
  }
  if (specialUseDomains.some((name) => domain === name || domain.endsWith(`.${name}`))) {
    throw new EmailSyntaxError(
      "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
    );
  }
}

const quoteEach = (chars: string): string =>
  chars
    .split(", ")
    .map((char) => `'${char === " " ? "SPACE" : char}'`)
    .join(", ");

/** The normalised address (domain lower-cased, `Name <addr>` unwrapped), or an EmailSyntaxError with the reason. */
export function normalizeEmail(input: string): string {
  const display = /^[^<>]*<([^<>]*)>\s*$/.exec(input);
  const address = display ? (display[1] ?? "") : input;
  const at = address.lastIndexOf("@");
  if (at < 0) throw new EmailSyntaxError("An email address must have an @-sign.");
  const local = address.slice(0, at);
  if (local.includes("@")) {
    throw new EmailSyntaxError("The email address contains invalid characters before the @-sign: '@'.");
  }
  const domain = address.slice(at + 1).toLowerCase();
  checkLocalPart(local);
  checkDomain(domain);
  return `${local}@${domain}`;
}
