import { createQuery } from "@tanstack/solid-query";
import ShieldAlert from "lucide-solid/icons/shield-alert";
import ShieldCheck from "lucide-solid/icons/shield-check";
import { For, Show } from "solid-js";
import { myAuditEventsQuery } from "../../data/audit-events.js";
import { settled } from "../../data/settled.js";
import { t } from "../../i18n/index.js";
import { describeSecurityEvent } from "../../lib/audit-actions.js";
import { formatDateTime } from "../../lib/date-time.js";
import { describeDevice } from "../../lib/device.js";
import { relativeTime } from "../../lib/relative-time.js";
import type { AuditEventPublic } from "../../lib/types.js";

const SecurityEvent = (props: { event: AuditEventPublic }) => {
  const failed = () => props.event.outcome === "failure";
  const device = () => {
    return t("sessions.device", describeDevice(props.event.user_agent));
  };
  return (
    <li data-testid="security-event" class="flex items-start gap-4 p-4">
      <Show
        when={failed()}
        fallback={<ShieldCheck class="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden="true" />}
      >
        <ShieldAlert class="mt-0.5 size-5 shrink-0 text-destructive-text" aria-hidden="true" />
      </Show>
      <div class="min-w-0 flex-1">
        <p class={`font-medium ${failed() ? "text-destructive-text" : ""}`}>
          {describeSecurityEvent({ action: props.event.action, outcome: props.event.outcome })}
        </p>
        <p class="text-sm text-muted-foreground">
          <span>{device()}</span>
          <span aria-hidden="true"> · </span>
          <span>{props.event.ip_address ?? t("sessions.unknownIp")}</span>
          <span aria-hidden="true"> · </span>
          <time datetime={props.event.occurred_at} title={formatDateTime(props.event.occurred_at)}>
            {relativeTime(props.event.occurred_at)}
          </time>
        </p>
      </div>
    </li>
  );
};

/** Settings › Sessions: the user's own latest security events (logins, logouts, password changes…), newest first. */
export const SecurityActivity = () => {
  const query = createQuery(myAuditEventsQuery);
  const events = () => settled(query)?.data;
  return (
    <section class="mt-10 max-w-2xl" aria-labelledby="security-activity-heading" aria-busy={query.isPending}>
      <h2 id="security-activity-heading" class="mb-1 text-lg font-semibold">
        {t("sessions.activityHeading")}
      </h2>
      <p class="mb-4 text-muted-foreground">{t("sessions.activityText")}</p>
      <Show
        when={events()}
        fallback={
          <div class="grid gap-3 rounded-lg border p-4">
            <div class="h-4 w-1/2 animate-pulse rounded bg-muted" />
            <div class="h-4 w-2/3 animate-pulse rounded bg-muted" />
          </div>
        }
      >
        {(list) => (
          <ul class="divide-y rounded-lg border" aria-label={t("sessions.activityHeading")}>
            <For
              each={list()}
              fallback={<li class="p-4 text-center text-muted-foreground">{t("sessions.noActivity")}</li>}
            >
              {(event) => <SecurityEvent event={event} />}
            </For>
          </ul>
        )}
      </Show>
    </section>
  );
};
