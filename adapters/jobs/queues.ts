import { EMAIL_QUEUE } from "../../core/mail/outgoing-email.js";

export { EMAIL_QUEUE };

/** Prunes audit events past AUDIT_RETENTION_DAYS. */
export const AUDIT_RETENTION_QUEUE = "audit-retention";
/** Deletes sessions that ended more than a day ago. */
export const SESSION_PURGE_QUEUE = "session-purge";
/** Deletes invitations that were accepted, revoked or expired more than a day ago. */
export const INVITATION_PURGE_QUEUE = "invitation-purge";

/** Deletes e-mail verification links that expired unused. */
export const VERIFICATION_PURGE_QUEUE = "verification-purge";

/**
 * When the scheduled queues run (cron, UTC), once per slot across every worker of the database. Reset tokens are
 * signed, not stored; each stored kind of one-time token (invitations, verification links) gets its queue here.
 */
export const SCHEDULES: readonly { readonly queue: string; readonly cron: string }[] = [
  { queue: AUDIT_RETENTION_QUEUE, cron: "17 3 * * *" },
  { queue: SESSION_PURGE_QUEUE, cron: "37 * * * *" },
  { queue: INVITATION_PURGE_QUEUE, cron: "47 * * * *" },
  { queue: VERIFICATION_PURGE_QUEUE, cron: "57 * * * *" },
];
