import type { AuditActionName, AuditOutcomeName } from "./types.js";

export type AuditAction = AuditActionName;
export type AuditOutcome = AuditOutcomeName;

const GROUPS = [
  "Authentication",
  "Users",
  "Items",
  // resource-generator: audit groups
] as const;

// A Record over the API's own enum: the compiler refuses a missing or unknown action.
const groupOf: Record<AuditAction, (typeof GROUPS)[number]> = {
  "auth.login": "Authentication",
  "auth.logout": "Authentication",
  "auth.session_revoked": "Authentication",
  "auth.refresh_reused": "Authentication",
  "auth.password_changed": "Authentication",
  "auth.password_reset_requested": "Authentication",
  "auth.password_reset": "Authentication",
  "auth.rate_limited": "Authentication",
  "user.signed_up": "Users",
  "user.created": "Users",
  "user.updated": "Users",
  "user.deleted": "Users",
  "item.deleted_by_admin": "Items",
  // resource-generator: audit actions
};

/** The actions of the audit log. */
export const AUDIT_ACTIONS = Object.keys(groupOf) as AuditAction[];

/** The actions grouped as the Activity page's action filter offers them. */
export const AUDIT_ACTION_GROUPS = GROUPS.map((label) => ({
  label,
  actions: AUDIT_ACTIONS.filter((action) => groupOf[action] === label),
}));

export const AUDIT_OUTCOMES = [
  ["success", "Success"],
  ["failure", "Failure"],
] as const satisfies readonly (readonly [AuditOutcome, string])[];

const blocked = "Too many attempts: temporarily blocked";
const reused = "A used sign-in token was presented again: the session was ended";

const securitySentences: Record<string, Record<AuditOutcome, string>> = {
  "auth.login": { success: "Logged in", failure: "Failed login attempt" },
  "auth.logout": { success: "Logged out", failure: "Failed logout" },
  "auth.session_revoked": { success: "Session signed out", failure: "Session sign-out failed" },
  "auth.refresh_reused": { success: reused, failure: reused },
  "auth.password_changed": { success: "Password changed", failure: "Failed password change" },
  "auth.password_reset_requested": { success: "Password reset requested", failure: "Password reset request refused" },
  "auth.password_reset": { success: "Password reset", failure: "Failed password reset" },
  "auth.rate_limited": { success: blocked, failure: blocked },
};

/** What an event of the user's own security activity means, in words (an unknown action reads as itself). */
export const describeSecurityEvent = (event: { action: string; outcome: AuditOutcome }): string =>
  securitySentences[event.action]?.[event.outcome] ?? event.action;
