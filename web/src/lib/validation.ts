import { apiRules } from "../api/rules.js";
import { t } from "../i18n/index.js";

const EMAIL = /^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$/i;

/** A message, or a function that words it in the current language when the rule fails. */
export type Message = string | (() => string);

const say = (message: Message): string => (typeof message === "function" ? message() : message);

/** A field rule: the error message, or undefined when the value is fine; `values` holds the whole form. */
export type Rule<T = string> = (value: T, values: Readonly<Record<string, unknown>>) => string | undefined;

export const maxLength =
  (max: number, message: Message): Rule =>
  (value) =>
    value.length > max ? say(message) : undefined;

export const required =
  (message: Message): Rule =>
  (value) =>
    value.trim() === "" ? say(message) : undefined;

export const email: Rule = (value) => {
  if (!EMAIL.test(value.trim())) return t("validation.invalidEmail");
  return value.trim().length > apiRules.email.maxLength
    ? t("validation.emailTooLong", { max: apiRules.email.maxLength })
    : undefined;
};

export const fullName: Rule = maxLength(apiRules.fullName.maxLength, () =>
  t("validation.fullNameTooLong", { max: apiRules.fullName.maxLength }),
);

export const password: Rule = (value) => {
  const { minLength, maxLength: max } = apiRules.password;
  if (value === "") return t("validation.passwordRequired");
  if (value.length < minLength) return t("validation.passwordTooShort", { min: minLength });
  if (value.length > max) return t("validation.passwordTooLong", { max });
  return undefined;
};

export const optionalPassword: Rule = (value, values) => (value === "" ? undefined : password(value, values));

export const matches =
  (otherField: string, emptyMessage: Message | undefined): Rule =>
  (value, values) => {
    if (value === "" && emptyMessage) return say(emptyMessage);
    return value === (values[otherField] ?? "") ? undefined : t("validation.passwordsDontMatch");
  };

/** Text that is blank (`required` speaks for blank fields) or matches `expected` once trimmed. */
export const blankOr =
  (expected: RegExp, message: Message): Rule =>
  (value) =>
    value.trim() === "" || expected.test(value.trim()) ? undefined : say(message);

/** A number field's value: NaN when the text is empty or not a number. */
export const number =
  (message: Message): Rule<number> =>
  (value) =>
    Number.isFinite(value) ? undefined : say(message);

export const min =
  (least: number, message: Message): Rule<number> =>
  (value) =>
    value < least ? say(message) : undefined;

export const max =
  (most: number, message: Message): Rule<number> =>
  (value) =>
    value > most ? say(message) : undefined;

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
