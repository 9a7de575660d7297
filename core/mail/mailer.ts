/** An e-mail as a reader would see it: the subject line and the HTML body. */
export interface MailPreview {
  readonly subject: string;
  readonly html: string;
}

/**
 * Sends the product's e-mails; rejects with a DomainError (`mail.not_sent`) when delivery fails. A send may be left
 * running in the background: the mailer reports its failure, and its owner waits for it before shutting down.
 */
export interface Mailer {
  /** False when no mail transport is configured; nothing is sent then. */
  readonly enabled: boolean;
  sendPasswordReset(to: string, token: string): Promise<void>;
  /** The password-reset e-mail `sendPasswordReset` would send, without sending it. */
  previewPasswordReset(to: string, token: string): MailPreview;
  sendNewAccount(to: string): Promise<void>;
  sendTestEmail(to: string): Promise<void>;
  /** Tells the user their password just changed, with a pointer to password recovery. */
  sendPasswordChanged(to: string): Promise<void>;
  /** Tells an account's previous address that its e-mail became `newEmail` (shown masked). */
  sendEmailChanged(oldEmail: string, newEmail: string): Promise<void>;
}
