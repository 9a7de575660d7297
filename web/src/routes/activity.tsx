import { Navigate } from "@solidjs/router";
import Download from "lucide-solid/icons/download";
import PanelRightOpen from "lucide-solid/icons/panel-right-open";
import { createSignal, Show } from "solid-js";
import { ActivityFilterBar } from "../components/activity/activity-filters.js";
import { EventDetails } from "../components/activity/event-details.js";
import { OutcomeBadge } from "../components/activity/outcome-badge.js";
import { type Column, DataTable } from "../components/data-table.js";
import { PageHeader } from "../components/page-header.js";
import { Pager } from "../components/pager.js";
import { Button } from "../components/ui/button.js";
import { buttonClass } from "../components/ui/button-class.js";
import {
  type ActivityFilters,
  activityViewFields,
  auditEventsQuery,
  auditExportUrl,
  hasActivityFilters,
} from "../data/audit-events.js";
import { useCurrentUser } from "../data/current-user.js";
import { createUrlListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { t } from "../i18n/index.js";
import { formatDateTime } from "../lib/date-time.js";
import { setTitle } from "../lib/title.js";
import type { AuditEventPublic } from "../lib/types.js";

const Muted = (props: { text: string | null }) => (
  <Show when={props.text} fallback={<span class="text-muted-foreground">—</span>}>
    {props.text}
  </Show>
);

/** `/admin/activity`: the audit log, filtered and paged on the server, exported as CSV; for superusers only. */
export default function Activity() {
  setTitle(t("title.activity"));
  const me = useCurrentUser();
  // As on /admin: asking before we know the caller is a superuser would end a regular user's session with a 403.
  const list = createUrlListView(activityViewFields);
  const events = createPagedQuery(list, auditEventsQuery, () => me()?.is_superuser === true);
  const [shown, setShown] = createSignal<AuditEventPublic>();
  const filters = (): ActivityFilters => list.view;
  const columns: Column<AuditEventPublic>[] = [
    {
      header: t("activity.time"),
      class: "whitespace-nowrap",
      cell: (event) => <time datetime={event.occurred_at}>{formatDateTime(event.occurred_at)}</time>,
    },
    { header: t("activity.actor"), class: "max-w-56 truncate", cell: (event) => <Muted text={event.actor_email} /> },
    {
      header: t("activity.action"),
      cell: (event) => <code class="font-mono text-xs whitespace-nowrap">{event.action}</code>,
    },
    {
      header: t("activity.target"),
      class: "text-muted-foreground",
      cell: (event) => (
        <Show when={event.target_type} fallback={<span>—</span>}>
          <span class="whitespace-nowrap" title={event.target_id ?? undefined}>
            {event.target_type}
            <Show when={event.target_id}>{(id) => <span class="ml-1 font-mono text-xs">{id().slice(0, 8)}</span>}</Show>
          </span>
        </Show>
      ),
    },
    { header: t("activity.outcome"), cell: (event) => <OutcomeBadge outcome={event.outcome} /> },
    { header: t("activity.ip"), class: "font-mono text-xs", cell: (event) => <Muted text={event.ip_address} /> },
    {
      header: t("activity.details"),
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (event) => (
        <Button variant="ghost" size="icon" class="size-8" onClick={() => setShown(event)}>
          <span class="sr-only">{t("activity.viewDetails")}</span>
          <PanelRightOpen class="size-4" aria-hidden="true" />
        </Button>
      ),
    },
  ];
  return (
    <>
      <Show when={me()?.is_superuser === false}>
        <Navigate href="/" />
      </Show>
      <PageHeader
        title={t("activity.heading")}
        subtitle={t("activity.subtitle")}
        action={
          <a href={auditExportUrl(filters())} download="audit-events.csv" class={buttonClass("outline")}>
            <Download class="size-4" aria-hidden="true" /> {t("activity.exportCsv")}
          </a>
        }
      />
      <ActivityFilterBar filters={filters()} onChange={(changes) => list.update(changes)} />
      <DataTable
        columns={columns}
        rows={events.rows()}
        loading={events.loading()}
        footer={<Pager {...events.pager} />}
        empty={hasActivityFilters(filters()) ? t("activity.noMatches") : t("activity.noActivity")}
      />
      <EventDetails
        event={shown()}
        onClose={() => setShown(undefined)}
        onFilter={(changes) => {
          setShown(undefined);
          list.update(changes);
        }}
      />
    </>
  );
}
