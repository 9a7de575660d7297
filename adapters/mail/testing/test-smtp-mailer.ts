import { SmtpMailer, type SmtpSettings } from "../smtp-mailer.js";

/** An SmtpMailer with the test app's defaults (project name, links to localhost:5173, 48 h reset tokens). */
export function testSmtpMailer(smtp: SmtpSettings | null): SmtpMailer {
  return new SmtpMailer({
    smtp,
    from: { name: "Aygentic Starter", address: "noreply@example.com" },
    projectName: "Aygentic Starter",
    frontendHost: "http://localhost:5173",
    resetTokenExpireHours: 48,
  });
}
