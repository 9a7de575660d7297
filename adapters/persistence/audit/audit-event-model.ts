import { Model } from "objection";
import type { AuditAction, AuditDetails, AuditOutcome, AuditTargetType } from "../../../core/audit/audit-event.js";

/** A row of the `audit_event` table, as Objection sees it; private to the persistence adapter. */
export class AuditEventModel extends Model {
  static override tableName = "audit_event";

  declare id: string;
  declare occurred_at: Date;
  declare actor_id: string | null;
  declare actor_email: string | null;
  declare action: AuditAction;
  declare target_type: AuditTargetType | null;
  declare target_id: string | null;
  declare outcome: AuditOutcome;
  declare ip_address: string | null;
  declare user_agent: string | null;
  declare details: AuditDetails;
  declare organization_id: string | null;
}
