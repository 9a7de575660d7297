import { apiRules } from "../api/rules.js";

const EMAIL = /^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$/i;

/** A field rule: the error message, or undefined when the value is fine; `values` holds the whole form. */
export type Rule<T = string> = (value: T, values: Readonly<Record<string, unknown>>) => string | undefined;

export const maxLength =
  (max: number, message: string): Rule =>
  (value) =>
    value.length > max ? message : undefined;

export const required =
  (message: string): Rule =>
  (value) =>
    value.trim() === "" ? message : undefined;

export const email: Rule = (value) => {
  if (!EMAIL.test(value.trim())) return "Invalid email address";
  return value.trim().length > apiRules.email.maxLength
    ? `Email must be at most ${apiRules.email.maxLength} characters`
    : undefined;
};

export const fullName: Rule = maxLength(
  apiRules.fullName.maxLength,
  `Full name must be at most ${apiRules.fullName.maxLength} characters`,
);

export const password: Rule = (value) => {
  const { minLength, maxLength: max } = apiRules.password;
  if (value === "") return "Password is required";
  if (value.length < minLength) return `Password must be at least ${minLength} characters`;
  if (value.length > max) return `Password must be at most ${max} characters`;
  return undefined;
};

export const optionalPassword: Rule = (value, values) => (value === "" ? undefined : password(value, values));

export const matches =
  (otherField: string, emptyMessage: string | undefined): Rule =>
  (value, values) => {
    if (value === "" && emptyMessage) return emptyMessage;
    return value === (values[otherField] ?? "") ? undefined : "The passwords don't match";
  };

/** Text that is blank (`required` speaks for blank fields) or matches `expected` once trimmed. */
export const blankOr =
  (expected: RegExp, message: string): Rule =>
  (value) =>
    value.trim() === "" || expected.test(value.trim()) ? undefined : message;

/** A number field's value: NaN when the text is empty or not a number. */
export const number =
  (message: string): Rule<number> =>
  (value) =>
    Number.isFinite(value) ? undefined : message;

export const min =
  (least: number, message: string): Rule<number> =>
  (value) =>
    value < least ? message : undefined;

export const max =
  (most: number, message: string): Rule<number> =>
  (value) =>
    value > most ? message : undefined;

/** The first failing rule's message. */
export const firstError = <T>(
  value: T,
  values: Readonly<Record<string, unknown>>,
  rules: readonly Rule<T>[],
): string | undefined => {
  for (const rule of rules) {
    const message = rule(value, values);
    if (message) return message;
  }
  return undefined;
};
