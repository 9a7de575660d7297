import { queryOptions } from "@tanstack/solid-query";
import { API_URL } from "../config.js";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from "../lib/audit-actions.js";
import { api } from "./api.js";
import { type ListView, pageFields } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";
import { SEARCH_MAX_LENGTH } from "./search-fields.js";
import { calendarDay, oneOf, text, uuid, type ViewFields } from "./view-fields.js";

/**
 * What the Activity page shows: `/admin/activity?q=ann&action=auth.login&outcome=failure&actor=<id>&target=<id>
 * &since=2026-11-01&until=2026-11-30&page=2&size=25`. `q` searches the actor's e-mail; the days are the user's own.
 */
export type ActivityFilters = {
  q: string;
  action: AuditAction | undefined;
  outcome: AuditOutcome | undefined;
  actor: string;
  target: string;
  since: string;
  until: string;
};

export type ActivityView = ListView & ActivityFilters;

export const activityViewFields: ViewFields<ActivityView> = {
  q: text(SEARCH_MAX_LENGTH),
  action: oneOf(AUDIT_ACTIONS, undefined),
  outcome: oneOf(
    AUDIT_OUTCOMES.map(([value]) => value),
    undefined,
  ),
  actor: uuid(),
  target: uuid(),
  since: calendarDay(),
  until: calendarDay(),
  ...pageFields,
};

/** The filters as they are when nothing narrows the list. */
export const NO_ACTIVITY_FILTERS: ActivityFilters = {
  q: "",
  action: undefined,
  outcome: undefined,
  actor: "",
  target: "",
  since: "",
  until: "",
};

export const hasActivityFilters = (filters: ActivityFilters): boolean =>
  (Object.keys(NO_ACTIVITY_FILTERS) as (keyof ActivityFilters)[]).some(
    (key) => filters[key] !== NO_ACTIVITY_FILTERS[key],
  );

const localDay = (day: string, hours: number, minutes: number, seconds: number, ms: number): string => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, date, hours, minutes, seconds, ms).toISOString();
};

/** The first instant of a calendar day in the browser's time zone. */
export const startOfDay = (day: string): string => localDay(day, 0, 0, 0, 0);

/** The last instant (to the millisecond) of a calendar day in the browser's time zone. */
export const endOfDay = (day: string): string => localDay(day, 23, 59, 59, 999);

/** The API's filters for a view's filters: blank ones left out, the days as ISO-8601 instants of whole local days. */
export const auditFilters = (filters: ActivityFilters) => ({
  q: filters.q || undefined,
  action: filters.action,
  outcome: filters.outcome,
  actor_id: filters.actor || undefined,
  target_id: filters.target || undefined,
  since: filters.since ? startOfDay(filters.since) : undefined,
  until: filters.until ? endOfDay(filters.until) : undefined,
});

/** One page of the audit log (superusers only), newest first. */
export const auditEventsQuery = ({ skip, limit, ...filters }: ParamsOf<ActivityView>) => {
  const query = { ...auditFilters(filters), skip, limit };
  return queryOptions({ queryKey: queryKeys.auditEvents.list(query), queryFn: () => api.readAuditEvents(query) });
};

/**
 * The CSV export of every event the filters match. A plain link to it downloads the file: the browser sends the
 * session cookie with it, as with any request to the API.
 */
export const auditExportUrl = (filters: ActivityFilters): string => {
  const defined = Object.entries(auditFilters(filters)).filter((entry): entry is [string, string] => !!entry[1]);
  const search = new URLSearchParams(defined).toString();
  return `${API_URL}/api/v1/audit-events/export${search ? `?${search}` : ""}`;
};

/** How many of the caller's own security events Settings › Sessions shows. */
export const RECENT_SECURITY_EVENTS = 10;

/** The caller's most recent security (`auth.*`) events, newest first. */
export const myAuditEventsQuery = () =>
  queryOptions({
    queryKey: queryKeys.myAuditEvents,
    queryFn: () => api.readMyAuditEvents({ skip: 0, limit: RECENT_SECURITY_EVENTS }),
  });
