/** The actions of the audit log (SPEC §11), grouped as the Activity page's action filter offers them. */
export const AUDIT_ACTION_GROUPS = [
  {
    label: "Authentication",
    actions: [
      "auth.login",
      "auth.logout",
      "auth.session_revoked",
      "auth.refresh_reused",
      "auth.password_changed",
      "auth.password_reset_requested",
      "auth.password_reset",
      "auth.rate_limited",
    ],
  },
  { label: "Users", actions: ["user.signed_up", "user.created", "user.updated", "user.deleted"] },
  { label: "Items", actions: ["item.deleted_by_admin"] },
] as const;

export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[number]["actions"][number];

export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_ACTION_GROUPS.flatMap((group) => group.actions);

export type AuditOutcome = "success" | "failure";

export const AUDIT_OUTCOMES = [
  ["success", "Success"],
  ["failure", "Failure"],
] as const satisfies readonly (readonly [AuditOutcome, string])[];

const securitySentences: Record<string, { success: string; failure: string }> = {
  "auth.login": { success: "Logged in", failure: "Failed login attempt" },
  "auth.logout": { success: "Logged out", failure: "Failed logout" },
  "auth.session_revoked": { success: "Session signed out", failure: "Session sign-out failed" },
  "auth.refresh_reused": {
    success: "A used sign-in token was presented again: the session was ended",
    failure: "A used sign-in token was presented again: the session was ended",
  },
  "auth.password_changed": { success: "Password changed", failure: "Failed password change" },
  "auth.password_reset_requested": { success: "Password reset requested", failure: "Password reset request refused" },
  "auth.password_reset": { success: "Password reset", failure: "Failed password reset" },
  "auth.rate_limited": {
    success: "Too many attempts: temporarily blocked",
    failure: "Too many attempts: temporarily blocked",
  },
};

/** What an event of the user's own security activity means, in words (an unknown action reads as itself). */
export const describeSecurityEvent = (event: { action: string; outcome: AuditOutcome }): string =>
  securitySentences[event.action]?.[event.outcome] ?? event.action;
