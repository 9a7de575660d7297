import { For, type JSX, Show } from "solid-js";
import type { ActivityFilters } from "../../data/audit-events.js";
import { t } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/date-time.js";
import { describeDevice } from "../../lib/device.js";
import type { AuditEventPublic } from "../../lib/types.js";
import { Button } from "../ui/button.js";
import { Dialog } from "../ui/dialog.js";
import { OutcomeBadge } from "./outcome-badge.js";

type EventDetailsProps = {
  event: AuditEventPublic | undefined;
  onClose: () => void;
  /** Narrows the list to the events of this event's actor or target. */
  onFilter: (changes: Partial<ActivityFilters>) => void;
};

const None = () => <span class="text-muted-foreground italic">{t("activity.none")}</span>;

const Mono = (props: { value: string | null }) => (
  <Show when={props.value} fallback={<None />}>
    <span class="font-mono text-xs break-all">{props.value}</span>
  </Show>
);

const Field = (props: { term: string; children: JSX.Element }) => (
  <div class="grid gap-1 border-b py-3 last:border-b-0 sm:grid-cols-[9rem_1fr] sm:gap-4">
    <dt class="text-sm font-medium text-muted-foreground">{props.term}</dt>
    <dd class="min-w-0 text-sm">{props.children}</dd>
  </div>
);

/** The details JSON, indented; empty details say so. */
const DetailsJson = (props: { details: Record<string, unknown> }) => (
  <Show when={Object.keys(props.details).length > 0} fallback={<None />}>
    <pre class="rounded-md bg-muted p-3 font-mono text-xs whitespace-pre-wrap break-all" data-testid="details-json">
      {JSON.stringify(props.details, null, 2)}
    </pre>
  </Show>
);

const deviceOf = (userAgent: string) => {
  return t("sessions.device", describeDevice(userAgent));
};

/** One audit event in a drawer: every field, the details JSON, and links to the actor's and the target's events. */
export const EventDetails = (props: EventDetailsProps) => (
  <Dialog
    open={props.event !== undefined}
    onOpenChange={(open) => {
      if (!open) props.onClose();
    }}
    placement="right"
    title={t("activity.eventDetails")}
    description={
      <Show when={props.event}>
        {(event) => (
          <>
            <code class="font-mono">{event().action}</code> · {formatDateTime(event().occurred_at)}
          </>
        )}
      </Show>
    }
  >
    <Show when={props.event}>
      {(event) => (
        <>
          <dl data-testid="event-details">
            <Field term={t("activity.eventId")}>
              <Mono value={event().id} />
            </Field>
            <Field term={t("activity.time")}>
              <time datetime={event().occurred_at} class="grid gap-0.5">
                <span>{formatDateTime(event().occurred_at)}</span>
                <span class="font-mono text-xs text-muted-foreground">{event().occurred_at}</span>
              </time>
            </Field>
            <Field term={t("activity.action")}>
              <code class="font-mono text-xs">{event().action}</code>
            </Field>
            <Field term={t("activity.outcome")}>
              <OutcomeBadge outcome={event().outcome} />
            </Field>
            <Field term={t("activity.actor")}>
              <Show when={event().actor_email} fallback={<None />}>
                {(email) => <span class="break-all">{email()}</span>}
              </Show>
            </Field>
            <Field term={t("activity.actorId")}>
              <Mono value={event().actor_id} />
            </Field>
            <Field term={t("activity.targetType")}>
              <Show when={event().target_type} fallback={<None />}>
                {(type) => <span>{type()}</span>}
              </Show>
            </Field>
            <Field term={t("activity.targetId")}>
              <Mono value={event().target_id} />
            </Field>
            <Field term={t("activity.ipAddress")}>
              <Mono value={event().ip_address} />
            </Field>
            <Field term={t("activity.userAgent")}>
              <Show when={event().user_agent} fallback={<None />}>
                {(agent) => (
                  <span class="grid gap-0.5">
                    <span>{deviceOf(agent())}</span>
                    <span class="text-xs break-words text-muted-foreground">{agent()}</span>
                  </span>
                )}
              </Show>
            </Field>
            <Field term={t("activity.details")}>
              <DetailsJson details={event().details} />
            </Field>
          </dl>
          <div class="flex flex-wrap gap-2">
            <For
              each={[
                { id: event().actor_id, label: t("activity.showActorEvents"), filter: "actor" as const },
                { id: event().target_id, label: t("activity.showTargetEvents"), filter: "target" as const },
              ]}
            >
              {(link) => (
                <Show when={link.id}>
                  {(id) => (
                    <Button variant="outline" size="sm" onClick={() => props.onFilter({ [link.filter]: id() })}>
                      {link.label}
                    </Button>
                  )}
                </Show>
              )}
            </For>
          </div>
        </>
      )}
    </Show>
  </Dialog>
);
