import type { JobQueue } from "../jobs/ports.js";
import type { Mailer } from "./mailer.js";
import { EMAIL_QUEUE, type OutgoingEmail } from "./outgoing-email.js";

/**
 * Inside a unit of work: queues the e-mail in the unit's transaction when e-mail is on (nothing otherwise). It is
 * sent by a worker once the change commits, retried until SMTP takes it, and never sent if the change rolls back.
 */
export async function queueEmail(mailer: Mailer | undefined, jobs: JobQueue, email: OutgoingEmail): Promise<void> {
  if (!mailer?.enabled) return;
  await jobs.enqueue(EMAIL_QUEUE, email);
}
