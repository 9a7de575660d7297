import { t } from "../i18n/index.js";
import type { Form } from "../lib/create-form.js";
import { type Message, matches, optionalPassword, password } from "../lib/validation.js";
import { PasswordInput } from "./password-input.js";

/** The two values the fields edit. */
export type NewPasswordValues = { new_password: string; confirm_password: string };

/**
 * The rules of the two fields: a valid password (or blank when `optional`) and a matching confirmation, which says
 * `confirmRequired` when left empty.
 */
export const newPasswordRules = (options: { optional?: boolean; confirmRequired?: Message } = {}) => ({
  new_password: [options.optional ? optionalPassword : password],
  confirm_password: [
    matches(
      "new_password",
      options.optional ? undefined : (options.confirmRequired ?? (() => t("validation.confirmationRequired"))),
    ),
  ],
});

type NewPasswordFieldsProps = {
  form: Pick<Form<NewPasswordValues>, "field">;
  /** The first field's label: `Password`, `New Password` or `Set Password`. */
  label: string;
  placeholder: string;
  confirmPlaceholder: string;
  /** The first field's test id (the confirmation's is always `confirm-password-input`). */
  testId?: string;
  /** Prefixes both input ids, for forms that share a page with others. */
  idPrefix?: string;
  required?: boolean;
};

/** A new password and its confirmation, as every form that sets a password shows them. */
export const NewPasswordFields = (props: NewPasswordFieldsProps) => (
  <>
    <PasswordInput
      id={`${props.idPrefix ?? ""}new_password`}
      label={props.label}
      required={props.required}
      placeholder={props.placeholder}
      autocomplete="new-password"
      testId={props.testId}
      {...props.form.field("new_password")}
    />
    <PasswordInput
      id={`${props.idPrefix ?? ""}confirm_password`}
      label={t("field.confirmPassword")}
      required={props.required}
      placeholder={props.confirmPlaceholder}
      autocomplete="new-password"
      testId="confirm-password-input"
      {...props.form.field("confirm_password")}
    />
  </>
);
