import { t } from "../i18n/index.js";
import type { AuditActionName, AuditOutcomeName } from "./types.js";

export type AuditAction = AuditActionName;
export type AuditOutcome = AuditOutcomeName;

const GROUPS = [
  "Authentication",
  "Users",
  "Items",
  "Organizations",
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
  "auth.totp_enabled": "Authentication",
  "auth.totp_disabled": "Authentication",
  "auth.recovery_codes_regenerated": "Authentication",
  "auth.recovery_code_used": "Authentication",
  "auth.mfa_failed": "Authentication",
  "auth.passkey_added": "Authentication",
  "auth.passkey_removed": "Authentication",
  "auth.email_verified": "Authentication",
  "auth.identity_linked": "Authentication",
  "auth.identity_unlinked": "Authentication",
  "user.signed_up": "Users",
  "user.created": "Users",
  "user.updated": "Users",
  "user.deleted": "Users",
  "item.deleted_by_admin": "Items",
  "org.created": "Organizations",
  "org.updated": "Organizations",
  "org.deleted": "Organizations",
  "org.member_role_changed": "Organizations",
  "org.member_removed": "Organizations",
  "org.member_left": "Organizations",
  "org.invitation_sent": "Organizations",
  "org.invitation_revoked": "Organizations",
  "org.invitation_accepted": "Organizations",
  // resource-generator: audit actions
};

/** The actions of the audit log. */
export const AUDIT_ACTIONS = Object.keys(groupOf) as AuditAction[];

/** The actions grouped as the Activity page's action filter offers them. */
const groupLabels: Record<(typeof GROUPS)[number], () => string> = {
  Authentication: () => t("activity.groupAuthentication"),
  Users: () => t("activity.groupUsers"),
  Items: () => t("activity.groupItems"),
  Organizations: () => t("activity.groupOrganizations"),
  // resource-generator: audit group labels
};

export const AUDIT_ACTION_GROUPS = GROUPS.map((label) => ({
  label: groupLabels[label],
  actions: AUDIT_ACTIONS.filter((action) => groupOf[action] === label),
}));

export const AUDIT_OUTCOMES = [
  ["success", () => t("activity.success")],
  ["failure", () => t("activity.failure")],
] as const satisfies readonly (readonly [AuditOutcome, () => string])[];

const blocked = () => t("sessions.blocked");
const reused = () => t("sessions.refreshReused");

const securitySentences: Record<string, Record<AuditOutcome, () => string>> = {
  "auth.login": { success: () => t("sessions.loggedIn"), failure: () => t("sessions.loginFailed") },
  "auth.logout": { success: () => t("sessions.loggedOut"), failure: () => t("sessions.logoutFailed") },
  "auth.session_revoked": {
    success: () => t("sessions.sessionRevoked"),
    failure: () => t("sessions.sessionRevokeFailed"),
  },
  "auth.refresh_reused": { success: reused, failure: reused },
  "auth.password_changed": {
    success: () => t("sessions.passwordChanged"),
    failure: () => t("sessions.passwordChangeFailed"),
  },
  "auth.password_reset_requested": {
    success: () => t("sessions.resetRequested"),
    failure: () => t("sessions.resetRequestRefused"),
  },
  "auth.password_reset": {
    success: () => t("sessions.passwordReset"),
    failure: () => t("sessions.passwordResetFailed"),
  },
  "auth.rate_limited": { success: blocked, failure: blocked },
  "auth.totp_enabled": { success: () => t("sessions.totpEnabled"), failure: () => t("sessions.totpEnabled") },
  "auth.totp_disabled": { success: () => t("sessions.totpDisabled"), failure: () => t("sessions.totpDisabled") },
  "auth.recovery_codes_regenerated": {
    success: () => t("sessions.recoveryCodesRegenerated"),
    failure: () => t("sessions.recoveryCodesRegenerated"),
  },
  "auth.recovery_code_used": {
    success: () => t("sessions.recoveryCodeUsed"),
    failure: () => t("sessions.recoveryCodeUsed"),
  },
  "auth.mfa_failed": { success: () => t("sessions.mfaFailed"), failure: () => t("sessions.mfaFailed") },
  "auth.passkey_added": { success: () => t("sessions.passkeyAdded"), failure: () => t("sessions.passkeyAddFailed") },
  "auth.passkey_removed": {
    success: () => t("sessions.passkeyRemoved"),
    failure: () => t("sessions.passkeyRemoveFailed"),
  },
  "auth.email_verified": { success: () => t("sessions.emailVerified"), failure: () => t("sessions.emailVerified") },
  "auth.identity_linked": { success: () => t("sessions.identityLinked"), failure: () => t("sessions.identityLinked") },
  "auth.identity_unlinked": {
    success: () => t("sessions.identityUnlinked"),
    failure: () => t("sessions.identityUnlinked"),
  },
};

/** What an event of the user's own security activity means, in words (an unknown action reads as itself). */
export const describeSecurityEvent = (event: { action: string; outcome: AuditOutcome }): string =>
  securitySentences[event.action]?.[event.outcome]?.() ?? event.action;
