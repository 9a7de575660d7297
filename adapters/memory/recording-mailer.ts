import { MailErrors } from "../../core/mail/mail-errors.js";
import type { Mailer, MailPreview } from "../../core/mail/mailer.js";
import type { OutgoingEmail } from "../../core/mail/outgoing-email.js";

/** One e-mail the RecordingMailer accepted, with the Message-ID it was sent with. */
export type RecordedMail = OutgoingEmail & { readonly messageId: string };

export interface RecordingMailerOptions {
  /** Whether a transport is "configured" (default true). */
  readonly enabled?: boolean;
  /** Every send rejects with mail.not_sent, as an unreachable SMTP server would make the real mailer do. */
  readonly failing?: boolean;
}

/** A Mailer that keeps what it would have sent in `outbox`, for tests. */
export class RecordingMailer implements Mailer {
  readonly enabled: boolean;
  readonly outbox: RecordedMail[] = [];
  /** Every send call, delivered or not. */
  attempts = 0;
  failing: boolean;

  constructor(options: RecordingMailerOptions = {}) {
    this.enabled = options.enabled ?? true;
    this.failing = options.failing ?? false;
  }

  async deliver(email: OutgoingEmail, messageId: string): Promise<void> {
    this.attempts += 1;
    if (!this.enabled) throw MailErrors.notConfigured();
    if (this.failing) throw MailErrors.notSent("ECONNREFUSED");
    this.outbox.push({ ...email, messageId });
  }

  /** A stand-in body, the recipient and token as JSON, so tests can read both back. */
  previewPasswordReset(to: string, token: string): MailPreview {
    return { subject: "Password recovery", html: JSON.stringify({ to, token }) };
  }
}
