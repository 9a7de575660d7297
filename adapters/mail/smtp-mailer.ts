import nodemailer, { type Transporter } from "nodemailer";
import { MailErrors } from "../../core/mail/mail-errors.js";
import type { Mailer, MailPreview } from "../../core/mail/mailer.js";
import { currentLogger } from "../logger.js";
import { resetLink, revertEmailLink } from "./reset-link.js";
import type { SmtpSettings } from "./smtp-settings.js";
import {
  type RenderedEmail,
  renderEmailChangedEmail,
  renderNewAccountEmail,
  renderPasswordChangedEmail,
  renderPasswordResetEmail,
  renderTestEmail,
} from "./templates/index.js";

export interface SmtpMailerOptions {
  /** Null turns e-mail off (`enabled` is false). */
  readonly smtp: SmtpSettings | null;
  readonly from: { readonly name: string; readonly address: string };
  readonly projectName: string;
  readonly frontendHost: string;
  readonly resetTokenExpireHours: number;
}

type MailKind = "password_reset" | "new_account" | "test_email" | "password_changed" | "email_changed";

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

  sendPasswordReset(to: string, token: string): Promise<void> {
    return this.deliver("password_reset", to, this.passwordResetEmail(to, token));
  }

  previewPasswordReset(to: string, token: string): MailPreview {
    const { subject, html } = this.passwordResetEmail(to, token);
    return { subject, html };
  }

  sendNewAccount(to: string): Promise<void> {
    const { projectName, frontendHost } = this.options;
    return this.deliver("new_account", to, renderNewAccountEmail({ projectName, email: to, link: frontendHost }));
  }

  sendTestEmail(to: string): Promise<void> {
    return this.deliver("test_email", to, renderTestEmail({ projectName: this.options.projectName, email: to }));
  }

  sendPasswordChanged(to: string): Promise<void> {
    const { projectName, frontendHost } = this.options;
    const recoveryLink = `${frontendHost.replace(/\/+$/, "")}/recover-password`;
    const email = renderPasswordChangedEmail({ projectName, email: to, changedAt: new Date(), recoveryLink });
    return this.deliver("password_changed", to, email);
  }

  sendEmailChanged(oldEmail: string, newEmail: string, revertToken: string): Promise<void> {
    const { projectName, frontendHost } = this.options;
    const revertLink = revertEmailLink(frontendHost, revertToken);
    const email = renderEmailChangedEmail({ projectName, oldEmail, newEmail, revertLink });
    return this.deliver("email_changed", oldEmail, email);
  }

  /** Waits for the deliveries in flight (password recovery does not wait for its own), then releases the transport. */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    this.transport?.close();
  }

  private passwordResetEmail(to: string, token: string): RenderedEmail {
    const { projectName, frontendHost, resetTokenExpireHours: validHours } = this.options;
    return renderPasswordResetEmail({ projectName, email: to, link: resetLink(frontendHost, token), validHours });
  }

  private deliver(kind: MailKind, to: string, email: RenderedEmail): Promise<void> {
    const delivery = this.send(kind, to, email);
    this.inFlight.add(delivery);
    const settled = () => this.inFlight.delete(delivery);
    delivery.then(settled, settled);
    return delivery;
  }

  private async send(kind: MailKind, to: string, email: RenderedEmail): Promise<void> {
    if (!this.transport) throw MailErrors.notConfigured();
    try {
      await this.transport.sendMail({ from: this.options.from, to, ...email });
    } catch (error) {
      // Only the failure's shape is logged: the message content holds the reset link, which is a credential.
      currentLogger().error({ mailKind: kind, err: describeFailure(error) }, "e-mail could not be sent");
      throw MailErrors.notSent();
    }
  }
}

function describeFailure(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, command, responseCode } = error as Error & { code?: string; command?: string; responseCode?: number };
  return { name: error.name, message: error.message, code, command, responseCode };
}
