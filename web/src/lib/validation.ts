const EMAIL = /^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$/i;

/** A field rule: the error message, or undefined when the value is fine; `values` holds the whole form. */
export type Rule = (value: string, values: Readonly<Record<string, string>>) => string | undefined;

export const email: Rule = (value) => (EMAIL.test(value.trim()) ? undefined : "Invalid email address");

export const required =
  (message: string): Rule =>
  (value) =>
    value.trim() === "" ? message : undefined;

export const password: Rule = (value) => {
  if (value === "") return "Password is required";
  if (value.length < 8) return "Password must be at least 8 characters";
  return undefined;
};

export const optionalPassword: Rule = (value, values) => (value === "" ? undefined : password(value, values));

export const maxLength =
  (max: number, message: string): Rule =>
  (value) =>
    value.length > max ? message : undefined;

export const matches =
  (otherField: string, emptyMessage: string | undefined): Rule =>
  (value, values) => {
    if (value === "" && emptyMessage) return emptyMessage;
    return value === (values[otherField] ?? "") ? undefined : "The passwords don't match";
  };

/** The first failing rule's message. */
export const firstError = (
  value: string,
  values: Readonly<Record<string, string>>,
  rules: readonly Rule[],
): string | undefined => {
  for (const rule of rules) {
    const message = rule(value, values);
    if (message) return message;
  }
  return undefined;
};
