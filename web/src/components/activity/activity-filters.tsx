import X from "lucide-solid/icons/x";
import { createUniqueId, For, Show } from "solid-js";
import { type ActivityFilters, hasActivityFilters, NO_ACTIVITY_FILTERS } from "../../data/audit-events.js";
import { t } from "../../i18n/index.js";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, AUDIT_OUTCOMES } from "../../lib/audit-actions.js";
import { FilterSelect } from "../filter-select.js";
import { SearchBox } from "../search-box.js";
import { Button } from "../ui/button.js";
import { selectClass } from "../ui/select-class.js";

type FiltersProps = { filters: ActivityFilters; onChange: (changes: Partial<ActivityFilters>) => void };

const ActionSelect = (props: FiltersProps) => {
  const id = createUniqueId();
  return (
    <div class="flex min-w-0 max-w-full items-center gap-2 text-sm">
      <label for={id} class="font-medium">
        {t("activity.action")}
      </label>
      <select
        id={id}
        class={selectClass}
        value={props.filters.action ?? ""}
        onChange={(event) => {
          const value = event.currentTarget.value;
          props.onChange({ action: AUDIT_ACTIONS.find((action) => action === value) });
        }}
      >
        <option value="">{t("table.all")}</option>
        <For each={AUDIT_ACTION_GROUPS}>
          {(group) => (
            <optgroup label={group.label()}>
              <For each={group.actions}>{(action) => <option value={action}>{action}</option>}</For>
            </optgroup>
          )}
        </For>
      </select>
    </div>
  );
};

const DayInput = (props: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (day: string) => void;
}) => {
  const id = createUniqueId();
  return (
    <div class="flex min-w-0 max-w-full items-center gap-2 text-sm">
      <label for={id} class="font-medium">
        {props.label}
      </label>
      <input
        id={id}
        type="date"
        class={`${selectClass} dark:[color-scheme:dark]`}
        value={props.value}
        min={props.min || undefined}
        max={props.max || undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
};

/** A filter on one record's id (set from an event's details), shown as a chip that removes it. */
const IdFilter = (props: { label: string; removeLabel: string; id: string; onRemove: () => void }) => (
  <Show when={props.id}>
    <span class="inline-flex max-w-full min-w-0 items-center gap-1 rounded-md border bg-muted py-0.5 pr-1 pl-2 text-xs">
      <span class="font-medium">{props.label}</span>
      <span class="min-w-0 truncate font-mono">{props.id}</span>
      <button
        type="button"
        class="cursor-pointer rounded p-0.5 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
        aria-label={props.removeLabel}
        onClick={() => props.onRemove()}
      >
        <X class="size-3.5" aria-hidden="true" />
      </button>
    </span>
  </Show>
);

/** The Activity page's filters: actor e-mail search, action, outcome, a range of days, and id filters as chips. */
export const ActivityFilterBar = (props: FiltersProps) => (
  <div class="mb-4 grid grid-cols-[minmax(0,1fr)] gap-3">
    <div class="flex flex-wrap items-center gap-x-6 gap-y-3">
      <SearchBox
        label={t("activity.searchActor")}
        placeholder={t("activity.actorEmail")}
        value={props.filters.q}
        onSearch={(q) => props.onChange({ q })}
      />
      <ActionSelect {...props} />
      <FilterSelect
        label={t("activity.outcome")}
        value={props.filters.outcome}
        options={AUDIT_OUTCOMES}
        onChange={(outcome) => props.onChange({ outcome })}
      />
      <DayInput
        label={t("activity.from")}
        value={props.filters.since}
        max={props.filters.until}
        onChange={(since) => props.onChange({ since })}
      />
      <DayInput
        label={t("activity.to")}
        value={props.filters.until}
        min={props.filters.since}
        onChange={(until) => props.onChange({ until })}
      />
    </div>
    <Show when={hasActivityFilters(props.filters)}>
      <div class="flex flex-wrap items-center gap-3">
        <IdFilter
          label={t("activity.actor")}
          removeLabel={t("activity.removeActorFilter")}
          id={props.filters.actor}
          onRemove={() => props.onChange({ actor: "" })}
        />
        <IdFilter
          label={t("activity.target")}
          removeLabel={t("activity.removeTargetFilter")}
          id={props.filters.target}
          onRemove={() => props.onChange({ target: "" })}
        />
        <Button variant="link" size="sm" onClick={() => props.onChange(NO_ACTIVITY_FILTERS)}>
          {t("activity.clearFilters")}
        </Button>
      </div>
    </Show>
  </div>
);
