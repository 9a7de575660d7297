import type { AuditFilters } from "../../core/audit/ports.js";
import type { UserListQuery, UserSort } from "../../core/users/user-list-query.js";
import type { AuditActionName, AuditOutcomeName } from "./audit/audit-shapes.js";
import type { UUID } from "./shared-shapes.js";

/** The field the user list is sorted by. */
export type UserSortBy = "created_at" | "email" | "full_name";

/** Which way a list is sorted. */
export type SortOrder = "desc" | "asc";

/** The list parameters every list takes, as they arrive in the query string. */
interface ListParameters<SortBy> {
  readonly q: string | undefined;
  readonly sort: SortBy;
  readonly order: SortOrder;
}

const userSorts: Record<UserSortBy, UserSort> = { created_at: "createdAt", email: "email", full_name: "fullName" };

export const userListQuery = (
  parameters: ListParameters<UserSortBy> & {
    readonly is_active: boolean | undefined;
    readonly is_superuser: boolean | undefined;
  },
): UserListQuery => ({
  search: parameters.q ?? null,
  sort: userSorts[parameters.sort],
  order: parameters.order,
  filters: Object.fromEntries(
    Object.entries({ isActive: parameters.is_active, isSuperuser: parameters.is_superuser }).filter(
      ([, value]) => value !== undefined,
    ),
  ),
});

/** The audit log's filters, as they arrive in the query string. */
export interface AuditFilterParameters {
  readonly action: AuditActionName | undefined;
  readonly actor_id: UUID | undefined;
  readonly target_id: UUID | undefined;
  readonly outcome: AuditOutcomeName | undefined;
  readonly since: Date | undefined;
  readonly until: Date | undefined;
  readonly q: string | undefined;
}

export const auditFilters = (parameters: AuditFilterParameters): AuditFilters =>
  Object.fromEntries(
    Object.entries({
      action: parameters.action,
      actorId: parameters.actor_id,
      targetId: parameters.target_id,
      outcome: parameters.outcome,
      since: parameters.since,
      until: parameters.until,
      actorEmailContains: parameters.q,
    }).filter(([, value]) => value !== undefined),
  );
