/** The queue every e-mail goes through. */
export const EMAIL_QUEUE = "email";

/** An e-mail to send, as the job that sends it stores it (plain JSON: strings only). */
export type OutgoingEmail =
  | { readonly kind: "password_reset"; readonly to: string; readonly token: string }
  | { readonly kind: "new_account"; readonly to: string }
  | { readonly kind: "verify_email"; readonly to: string; readonly token: string }
  | { readonly kind: "test_email"; readonly to: string }
  | { readonly kind: "password_changed"; readonly to: string; readonly changedAt: string }
  | { readonly kind: "email_changed"; readonly to: string; readonly newEmail: string; readonly revertToken: string };

export type EmailKind = OutgoingEmail["kind"];
