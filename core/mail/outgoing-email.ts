/** The queue every e-mail goes through. */
export const EMAIL_QUEUE = "email";

/** An e-mail to send, as the job that sends it stores it (plain JSON: strings only). */
export type OutgoingEmail =
  | { readonly kind: "password_reset"; readonly to: string; readonly token: string }
  | { readonly kind: "new_account"; readonly to: string }
  | { readonly kind: "verify_email"; readonly to: string; readonly token: string }
  | { readonly kind: "test_email"; readonly to: string }
  | { readonly kind: "password_changed"; readonly to: string; readonly changedAt: string }
  | { readonly kind: "email_changed"; readonly to: string; readonly newEmail: string; readonly revertToken: string }
  | { readonly kind: "two_factor_enabled"; readonly to: string; readonly at: string }
  | { readonly kind: "two_factor_disabled"; readonly to: string; readonly at: string }
  | { readonly kind: "recovery_code_used"; readonly to: string; readonly at: string; readonly codesLeft: string }
  | {
      readonly kind: "invitation";
      readonly to: string;
      readonly organizationName: string;
      readonly inviterEmail: string;
      readonly inviterName: string | null;
      readonly role: string;
      readonly token: string;
      readonly expiresAt: string;
    }
  | { readonly kind: "passkey_added"; readonly to: string; readonly passkeyName: string; readonly addedAt: string };

export type EmailKind = OutgoingEmail["kind"];
