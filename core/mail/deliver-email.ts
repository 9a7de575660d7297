import type { Mailer } from "./mailer.js";
import type { OutgoingEmail } from "./outgoing-email.js";

/** The e-mail queue's work: hands one queued e-mail to the mailer, the job's id as its Message-ID. */
export class DeliverEmail {
  constructor(private readonly mailer: Mailer) {}

  execute(email: OutgoingEmail, jobId: string): Promise<void> {
    return this.mailer.deliver(email, jobId);
  }
}
