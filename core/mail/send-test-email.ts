import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { UnitOfWork } from "../shared/unit-of-work.js";
import { MailErrors } from "./mail-errors.js";
import type { Mailer } from "./mailer.js";
import { queueEmail } from "./queue-email.js";

/** Queues the test e-mail; the e-mail queue's worker sends it. Raises: auth.insufficient_privileges, mail.not_configured. */
export class SendTestEmail {
  constructor(
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(actor: Actor, to: string): Promise<void> {
    requireSuperuser(actor);
    if (!this.mailer.enabled) throw MailErrors.notConfigured();
    await this.unitOfWork.run(({ jobs }) => queueEmail(this.mailer, jobs, { kind: "test_email", to }));
  }
}
