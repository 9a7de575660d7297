import { type Actor, requireSuperuser } from "../shared/actor.js";
import { MailErrors } from "./mail-errors.js";
import type { Mailer } from "./mailer.js";

/** Sends the test e-mail. Raises: auth.insufficient_privileges, mail.not_configured, mail.not_sent. */
export class SendTestEmail {
  constructor(private readonly mailer: Mailer) {}

  async execute(actor: Actor, to: string): Promise<void> {
    requireSuperuser(actor);
    if (!this.mailer.enabled) throw MailErrors.notConfigured();
    await this.mailer.sendTestEmail(to);
  }
}
