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
  | "user.signed_up"
  | "user.created"
  | "user.updated"
  | "user.deleted"
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
  /** `user`, `item` or `session`. */
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcomeName;
  ip_address: string | null;
  user_agent: string | null;
  /** Changed field names, old → new roles and status, reasons; never a password, hash or token. */
  details: { [key: string]: unknown };
}

/** One page of events and the number of events matching the filters. */
export interface AuditEventsPublic {
  data: AuditEventPublic[];
  count: number;
}

export function auditEventPublic(event: AuditEvent): AuditEventPublic {
  const { id, occurredAt, actorId, actorEmail, action, targetType, targetId, outcome, ...rest } = event;
  const { ipAddress, userAgent, details, ...unnamed } = rest;
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
  };
}

export const auditEventsPublic = (page: Paged<AuditEvent>): AuditEventsPublic => ({
  data: page.data.map(auditEventPublic),
  count: page.count,
});
