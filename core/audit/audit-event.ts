/** Every action the audit log records (docs/security/audit-log.md). */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.logout",
  "auth.session_revoked",
  "auth.refresh_reused",
  "auth.password_changed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "auth.rate_limited",
  "auth.email_verified",
  "auth.passkey_added",
  "auth.passkey_removed",
  "user.signed_up",
  "user.created",
  "user.updated",
  "user.deleted",
  "item.deleted_by_admin",
  "auth.totp_enabled",
  "auth.totp_disabled",
  "auth.recovery_codes_regenerated",
  "auth.recovery_code_used",
  "auth.mfa_failed",
  "org.created",
  "org.updated",
  "org.deleted",
  "org.member_role_changed",
  "org.member_removed",
  "org.member_left",
  "org.invitation_sent",
  "org.invitation_revoked",
  "org.invitation_accepted",
  "auth.identity_linked",
  "auth.identity_unlinked",
  // resource-generator: audit actions
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = "success" | "failure";

/** What an event is about: a user, a session, or one of a user's items (or of a generated resource's rows). */
export type AuditTargetType =
  | "user"
  | "session"
  | "organization"
  | "invitation"
  | "passkey"
  // resource-generator: audit targets
  | "item";

/** A value an event's details may hold: plain JSON, never a password, hash or token. */
export type AuditDetail =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | { readonly from: unknown; readonly to: unknown };

/** Field names, old → new values of roles and status, reasons and counts. */
export type AuditDetails = Readonly<Record<string, AuditDetail>>;

/** An event as it is written; the store gives it its id. */
export interface NewAuditEvent {
  readonly occurredAt: Date;
  readonly actorId: string | null;
  /** The actor's e-mail as it was then (for a failed login, the e-mail tried). */
  readonly actorEmail: string | null;
  readonly action: AuditAction;
  readonly targetType: AuditTargetType | null;
  readonly targetId: string | null;
  readonly outcome: AuditOutcome;
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
  readonly details: AuditDetails;
  /** The organisation the event happened in, or null for events outside any. */
  readonly organizationId?: string | null;
}

/** A recorded event. */
export interface AuditEvent extends NewAuditEvent {
  readonly id: string;
}
