import nodemailer, { type Transporter } from "nodemailer";
import { MailErrors } from "../../core/mail/mail-errors.js";
import type { Mailer, MailPreview } from "../../core/mail/mailer.js";
import type { EmailKind, OutgoingEmail } from "../../core/mail/outgoing-email.js";
import type { Locale } from "../../core/users/locale.js";
import { currentLogger } from "../logger.js";
import { invitationLink, resetLink, revertEmailLink, verifyEmailLink } from "./reset-link.js";
import type { SmtpSettings } from "./smtp-settings.js";
import {
  type RenderedEmail,
  renderEmailChangedEmail,
  renderInvitationEmail,
  renderNewAccountEmail,
  renderPasskeyAddedEmail,
  renderPasswordChangedEmail,
  renderPasswordResetEmail,
  renderTestEmail,
  renderVerifyEmailEmail,
} from "./templates/index.js";
import {
  renderRecoveryCodeUsedEmail,
  renderTwoFactorChangedEmail,
  type TwoFactorNoticeInput,
} from "./templates/two-factor-emails.js";

export interface SmtpMailerOptions {
  /** Null turns e-mail off (`enabled` is false). */
  readonly smtp: SmtpSettings | null;
  readonly from: { readonly name: string; readonly address: string };
  readonly projectName: string;
  readonly frontendHost: string;
  readonly resetTokenExpireHours: number;
  /** The language chosen by the account at an address, if any: e-mails go out in it (else in English). */
  readonly recipientLocale?: (address: string) => Promise<Locale | null>;
  readonly verifyTokenExpireHours: number;
}

function createTransport(smtp: SmtpSettings): Transporter {
  const timeout = smtp.timeoutMs ?? 10_000;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: !smtp.tls && smtp.ssl,
    requireTLS: smtp.tls,
    ignoreTLS: !smtp.tls && !smtp.ssl,
    auth: smtp.user && smtp.password ? { user: smtp.user, pass: smtp.password } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
}

/** The core Mailer over SMTP with nodemailer; a failed delivery is logged and rejects with `mail.not_sent`. */
export class SmtpMailer implements Mailer {
  readonly enabled: boolean;
  private readonly transport: Transporter | null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: SmtpMailerOptions) {
    this.transport = options.smtp ? createTransport(options.smtp) : null;
    this.enabled = this.transport !== null;
  }

  deliver(email: OutgoingEmail, messageId: string): Promise<void> {
    const delivery = this.localeOf(email).then((locale) =>
      this.send(email.kind, email.to, this.render(email, locale), messageId),
    );
    this.inFlight.add(delivery);
    const settled = () => this.inFlight.delete(delivery);
    delivery.then(settled, settled);
    return delivery;
  }

  previewPasswordReset(to: string, token: string): MailPreview {
    const { subject, html } = this.passwordResetEmail(to, token);
    return { subject, html };
  }

  /**
   * Waits up to `maxWaitMs` for the deliveries in flight (their jobs already had the shutdown grace; one still
   * running goes back to the queue), then releases the transport.
   */
  async close(maxWaitMs = 1_000): Promise<void> {
    const waited = new Promise((resolve) => setTimeout(resolve, maxWaitMs).unref());
    await Promise.race([Promise.allSettled(this.inFlight), waited]);
    this.transport?.close();
  }

  /** The recipient account's language; a notice to a previous address asks the account at its new one. */
  private async localeOf(email: OutgoingEmail): Promise<Locale | null> {
    const lookup = this.options.recipientLocale;
    if (!lookup) return null;
    return lookup(email.kind === "email_changed" ? email.newEmail : email.to);
  }

  private render(email: OutgoingEmail, locale: Locale | null): RenderedEmail {
    const { projectName, frontendHost } = this.options;
    switch (email.kind) {
      case "password_reset":
        return this.passwordResetEmail(email.to, email.token, locale);
      case "new_account":
        return renderNewAccountEmail({ projectName, email: email.to, link: frontendHost, locale });
      case "verify_email": {
        const link = verifyEmailLink(frontendHost, email.token);
        const validHours = this.options.verifyTokenExpireHours;
        return renderVerifyEmailEmail({ projectName, email: email.to, link, validHours, locale });
      }
      case "test_email":
        return renderTestEmail({ projectName, email: email.to, locale });
      case "password_changed": {
        const recoveryLink = `${frontendHost.replace(/\/+$/, "")}/recover-password`;
        const changedAt = new Date(email.changedAt);
        return renderPasswordChangedEmail({ projectName, email: email.to, changedAt, recoveryLink, locale });
      }
      case "email_changed": {
        const revertLink = revertEmailLink(frontendHost, email.revertToken);
        const { to: oldEmail, newEmail } = email;
        return renderEmailChangedEmail({ projectName, oldEmail, newEmail, revertLink, locale });
      }
      case "two_factor_enabled":
      case "two_factor_disabled":
        return renderTwoFactorChangedEmail(this.noticeInput(email, locale), email.kind === "two_factor_enabled");
      case "recovery_code_used":
        return renderRecoveryCodeUsedEmail(this.noticeInput(email, locale), Number(email.codesLeft));
      case "invitation": {
        const { to, organizationName, inviterEmail, inviterName, role, token, expiresAt } = email;
        const link = invitationLink(frontendHost, token);
        const validDays = Math.max(1, Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000));
        return renderInvitationEmail({
          projectName,
          email: to,
          organizationName,
          inviterEmail,
          inviterName,
          role,
          link,
          validDays,
          locale,
        });
      }
      case "passkey_added": {
        const settingsLink = `${frontendHost.replace(/\/+$/, "")}/settings`;
        const { passkeyName } = email;
        const addedAt = new Date(email.addedAt);
        return renderPasskeyAddedEmail({ projectName, email: email.to, passkeyName, addedAt, settingsLink, locale });
      }
    }
  }

  private noticeInput(
    email: { readonly to: string; readonly at: string },
    locale: Locale | null,
  ): TwoFactorNoticeInput {
    const { projectName, frontendHost } = this.options;
    const recoveryLink = `${frontendHost.replace(/\/+$/, "")}/recover-password`;
    return { projectName, email: email.to, at: new Date(email.at), recoveryLink, locale };
  }

  private passwordResetEmail(to: string, token: string, locale: Locale | null = null): RenderedEmail {
    const { projectName, frontendHost, resetTokenExpireHours: validHours } = this.options;
    const link = resetLink(frontendHost, token);
    return renderPasswordResetEmail({ projectName, email: to, link, validHours, locale });
  }

  private async send(kind: EmailKind, to: string, email: RenderedEmail, messageId: string): Promise<void> {
    if (!this.transport) throw MailErrors.notConfigured();
    try {
      await this.transport.sendMail({ from: this.options.from, to, messageId: this.messageIdOf(messageId), ...email });
    } catch (error) {
      // Only the failure's shape is logged: the message content holds the reset link, which is a credential.
      const failure = describeFailure(error);
      currentLogger().error({ mailKind: kind, err: failure }, "e-mail could not be sent");
      throw MailErrors.notSent(String(failure.code ?? failure.responseCode ?? failure.name ?? "error"));
    }
  }

  /** `<id@domain>`, on the domain of the sender's address, as RFC 5322 asks. */
  private messageIdOf(id: string): string {
    const domain = this.options.from.address.split("@")[1] || "localhost";
    return `<${id}@${domain}>`;
  }
}

function describeFailure(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, command, responseCode } = error as Error & { code?: string; command?: string; responseCode?: number };
  return { name: error.name, message: error.message, code, command, responseCode };
}
