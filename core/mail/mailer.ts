import type { OutgoingEmail } from "./outgoing-email.js";

/** An e-mail as a reader would see it: the subject line and the HTML body. */
export interface MailPreview {
  readonly subject: string;
  readonly html: string;
}

/**
 * Sends the product's e-mails; rejects with a DomainError (`mail.not_sent`) when delivery fails. Only the e-mail
 * queue's worker calls `deliver`: use cases queue e-mails (queueEmail) in the transaction of their change.
 */
export interface Mailer {
  /** False when no mail transport is configured; nothing is queued or sent then. */
  readonly enabled: boolean;
  /** Sends one e-mail with `messageId` (the job's id) in its Message-ID, so a retried send is recognisable. */
  deliver(email: OutgoingEmail, messageId: string): Promise<void>;
  /** The password-reset e-mail that would be sent, without sending it. */
  previewPasswordReset(to: string, token: string): MailPreview;
}
