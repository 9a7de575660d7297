import type { AuditDetails } from "../audit/audit-event.js";
import type { User } from "./user.js";

const fieldNames = {
  email: "email",
  fullName: "full_name",
  isActive: "is_active",
  isSuperuser: "is_superuser",
} as const;

/**
 * The details of a `user.updated` event: the names of the fields that changed (`password` when one was set, never
 * its value), and the old → new values of the role and the status.
 */
export function updateDetails(before: User, after: User, passwordSet: boolean): AuditDetails {
  const changed = (Object.keys(fieldNames) as (keyof typeof fieldNames)[]).filter((key) => before[key] !== after[key]);
  const fields = [...changed.map((key) => fieldNames[key]), ...(passwordSet ? ["password"] : [])];
  return {
    fields,
    ...(before.isSuperuser !== after.isSuperuser && {
      is_superuser: { from: before.isSuperuser, to: after.isSuperuser },
    }),
    ...(before.isActive !== after.isActive && { is_active: { from: before.isActive, to: after.isActive } }),
  };
}
