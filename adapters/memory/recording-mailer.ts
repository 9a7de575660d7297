import { MailErrors } from "../../core/mail/mail-errors.js";
import type { Mailer, MailPreview } from "../../core/mail/mailer.js";

/** One e-mail the RecordingMailer accepted. */
export interface RecordedMail {
  readonly kind: "password_reset" | "new_account" | "test_email" | "password_changed" | "email_changed";
  readonly to: string;
  readonly token?: string;
  /** The new address an `email_changed` notice names. */
  readonly newEmail?: string;
  /** The token of an `email_changed` notice's revert link. */
  readonly revertToken?: string;
}

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
  private readonly failing: boolean;

  constructor(options: RecordingMailerOptions = {}) {
    this.enabled = options.enabled ?? true;
    this.failing = options.failing ?? false;
  }

  sendPasswordReset(to: string, token: string): Promise<void> {
    return this.deliver({ kind: "password_reset", to, token });
  }

  /** A stand-in body, the recipient and token as JSON, so tests can read both back. */
  previewPasswordReset(to: string, token: string): MailPreview {
    return { subject: "Password recovery", html: JSON.stringify({ to, token }) };
  }

  sendNewAccount(to: string): Promise<void> {
    return this.deliver({ kind: "new_account", to });
  }

  sendTestEmail(to: string): Promise<void> {
    return this.deliver({ kind: "test_email", to });
  }

  sendPasswordChanged(to: string): Promise<void> {
    return this.deliver({ kind: "password_changed", to });
  }

  sendEmailChanged(oldEmail: string, newEmail: string, revertToken: string): Promise<void> {
    return this.deliver({ kind: "email_changed", to: oldEmail, newEmail, revertToken });
  }

  private async deliver(mail: RecordedMail): Promise<void> {
    this.attempts += 1;
    if (!this.enabled) throw MailErrors.notConfigured();
    if (this.failing) throw MailErrors.notSent();
    this.outbox.push(mail);
  }
}
