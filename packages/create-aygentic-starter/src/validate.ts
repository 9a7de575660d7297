import { toSlug } from "./slug.js";

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// The API's e-mail validator (like python's email-validator) refuses these top-level names.
const specialUse = ["arpa", "invalid", "local", "localhost", "onion", "test"];

/** Why a project name cannot be used, or null. Quotes, `&` and `<` are refused: the name lands in TS, HTML and JSON. */
export function nameProblem(name: string): string | null {
  if (!/^\p{L}[\p{L}\p{N} .-]*$/u.test(name)) {
    return "The name must start with a letter and hold only letters, digits, spaces, '.' and '-'.";
  }
  if (name.length > 60) return "The name must be at most 60 characters long.";
  if (!/^[a-z]/.test(toSlug(name))) return "The name must start with a Latin letter (it gives the package name).";
  return null;
}

/** Why a domain cannot be used, or null. `localhost` is accepted for a local-only deployment. */
export function domainProblem(domain: string): string | null {
  if (domain === "localhost") return null;
  const labels = domain.split(".");
  if (domain.length > 253 || labels.length < 2 || !labels.every((part) => label.test(part))) {
    return `"${domain}" is not a domain name: lower-case labels of letters, digits and '-', separated by dots (e.g. acme.com).`;
  }
  return null;
}

/** Why an e-mail address cannot be used, or null. */
export function emailProblem(email: string): string | null {
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1);
  if (at < 1 || !localPart.test(email.slice(0, at)) || domain === "localhost" || domainProblem(domain)) {
    return `"${email}" is not an e-mail address (e.g. admin@acme.com).`;
  }
  return null;
}

/** True when the address is on a special-use domain (.test, .local, …) that the API refuses in request bodies. */
export const isSpecialUse = (email: string): boolean =>
  specialUse.some((name) => email.toLowerCase().endsWith(`.${name}`));
