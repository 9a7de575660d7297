import type { AuditEvent } from "../../../core/audit/audit-event.js";
import type { Paged } from "../../../core/shared/page.js";
import { nothingLeft, type UUID } from "../shared-shapes.js";

/** An action of the audit log. */
export type AuditActionName =
  | "auth.login"
  | "auth.logout"
  | "auth.session_revoked"
  | "auth.refresh_reused"
  | "auth.password_changed"
  | "auth.password_reset_requested"
  | "auth.password_reset"
  | "auth.rate_limited"
  | "auth.email_verified"
  | "auth.passkey_added"
  | "auth.passkey_removed"
  | "user.signed_up"
  | "user.created"
  | "user.updated"
  | "user.deleted"
  | "auth.totp_enabled"
  | "auth.totp_disabled"
  | "auth.recovery_codes_regenerated"
  | "auth.recovery_code_used"
  | "auth.mfa_failed"
  | "org.created"
  | "org.updated"
  | "org.deleted"
  | "org.member_role_changed"
  | "org.member_removed"
  | "org.member_left"
  | "org.invitation_sent"
  | "org.invitation_revoked"
  | "org.invitation_accepted"
  | "auth.identity_linked"
  | "auth.identity_unlinked"
  // resource-generator: audit actions
  | "item.deleted_by_admin";

/** Whether the recorded attempt succeeded. */
export type AuditOutcomeName = "success" | "failure";

/** One recorded security or administration event. */
export interface AuditEventPublic {
  id: UUID;
  occurred_at: Date;
  /** The user who acted; null when unauthenticated (a failed login) or unknown. */
  actor_id: string | null;
  /** The actor's e-mail as it was then; for a failed login, the e-mail tried. */
  actor_email: string | null;
  action: string;
  /** `user`, `item`, `session`, `organization` or `invitation`. */
  /** `user`, `item`, `session` or `passkey`. */
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcomeName;
  ip_address: string | null;
  user_agent: string | null;
  /** Changed field names, old → new roles and status, reasons; never a password, hash or token. */
  details: { [key: string]: unknown };
  /** The organisation the event happened in; null for events outside any. */
  organization_id: string | null;
}

/** One page of events and the number of events matching the filters. */
export interface AuditEventsPublic {
  data: AuditEventPublic[];
  count: number;
}

export function auditEventPublic(event: AuditEvent): AuditEventPublic {
  const { id, occurredAt, actorId, actorEmail, action, targetType, targetId, outcome, ...rest } = event;
  const { ipAddress, userAgent, details, organizationId, ...unnamed } = rest;
  nothingLeft(unnamed);
  return {
    id,
    occurred_at: occurredAt,
    actor_id: actorId,
    actor_email: actorEmail,
    action,
    target_type: targetType,
    target_id: targetId,
    outcome,
    ip_address: ipAddress,
    user_agent: userAgent,
    details: { ...details },
    organization_id: organizationId ?? null,
  };
}

export const auditEventsPublic = (page: Paged<AuditEvent>): AuditEventsPublic => ({
  data: page.data.map(auditEventPublic),
  count: page.count,
});
