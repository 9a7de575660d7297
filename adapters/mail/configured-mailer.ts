import type { Mailer } from "../../core/mail/mailer.js";
import type { Config } from "../config.js";
import { rootLogger } from "../logger.js";
import { type LocalMailCatcher, startLocalMailCatcher } from "./local-mail-catcher.js";
import { SmtpMailer, type SmtpMailerOptions } from "./smtp-mailer.js";
import type { SmtpSettings } from "./smtp-settings.js";

export interface ConfiguredMailer {
  readonly mailer: Mailer;
  /** The in-process catcher the mailer sends to, when one was started. */
  readonly catcher: LocalMailCatcher | null;
  /** Waits for deliveries in flight, releases the transport and stops the catcher. */
  close(): Promise<void>;
}

/** In local, with no SMTP configured, mail goes to an in-process catcher with a web inbox. */
async function localCatcher(config: Config): Promise<LocalMailCatcher | null> {
  if (config.environment !== "local" || !config.localMailCatcher.enabled) return null;
  try {
    const { smtpPort, webPort } = config.localMailCatcher;
    return await startLocalMailCatcher({ smtpPort, webPort });
  } catch (error) {
    rootLogger.warn({ err: error }, "local mail catcher could not start (ports busy?); e-mail stays off");
    return null;
  }
}

/**
 * The SmtpMailer of this configuration. `smtp` replaces the configured server (null: e-mail off); when it is not
 * given, the SMTP_* settings are used, or else the local mail catcher.
 */
export async function configuredMailer(
  config: Config,
  smtp?: SmtpSettings | null,
  recipientLocale?: SmtpMailerOptions["recipientLocale"],
): Promise<ConfiguredMailer> {
  const catcher = smtp === undefined && config.smtp === null ? await localCatcher(config) : null;
  const server = catcher ? { host: catcher.smtpHost, port: catcher.smtpPort, tls: false, ssl: false } : null;
  const mailer = new SmtpMailer({
    smtp: smtp === undefined ? (config.smtp ?? server) : smtp,
    from: { name: config.emailsFrom.name, address: config.emailsFrom.address ?? "noreply@example.com" },
    projectName: config.projectName,
    frontendHost: config.frontendHost,
    resetTokenExpireHours: config.emailResetTokenExpireHours,
    recipientLocale,
  });
  const close = async () => {
    await mailer.close();
    await catcher?.close();
  };
  return { mailer, catcher, close };
}
