import type { JobQueue } from "../jobs/ports.js";
import type { Mailer } from "./mailer.js";

/** The queue every e-mail goes through. */
export const EMAIL_QUEUE = "email";

/** An e-mail to send, as the job that sends it stores it (plain JSON: strings only). */
export type OutgoingEmail =
  | { readonly kind: "password_reset"; readonly to: string; readonly token: string }
  | { readonly kind: "new_account"; readonly to: string }
  | { readonly kind: "test_email"; readonly to: string }
  | { readonly kind: "password_changed"; readonly to: string; readonly changedAt: string }
  | { readonly kind: "email_changed"; readonly to: string; readonly newEmail: string; readonly revertToken: string };

export type EmailKind = OutgoingEmail["kind"];

/**
 * Inside a unit of work: queues the e-mail in the unit's transaction when e-mail is on (nothing otherwise). It is
 * sent by a worker once the change commits, retried until SMTP takes it, and never sent if the change rolls back.
 */
export async function queueEmail(mailer: Mailer | undefined, jobs: JobQueue, email: OutgoingEmail): Promise<void> {
  if (!mailer?.enabled) return;
  await jobs.enqueue(EMAIL_QUEUE, email);
}
