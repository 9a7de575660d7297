import { createUniqueId, For } from "solid-js";
import { t } from "../i18n/index.js";
import { selectClass } from "./ui/select-class.js";

type FilterSelectProps<T extends string> = {
  label: string;
  /** The filter in effect; undefined = all. */
  value: T | undefined;
  /** The choices besides `All`, as [value, text] (the text worded when shown). */
  options: readonly (readonly [T, string | (() => string)])[];
  onChange: (value: T | undefined) => void;
};

/** A labelled select that narrows a list; its first choice, `All`, lifts the filter. */
export const FilterSelect = <T extends string>(props: FilterSelectProps<T>) => {
  const id = createUniqueId();
  return (
    <div class="flex min-w-0 max-w-full items-center gap-2 text-sm">
      <label for={id} class="font-medium">
        {props.label}
      </label>
      <select
        id={id}
        class={selectClass}
        value={props.value ?? ""}
        onChange={(event) => {
          const chosen = props.options.find(([value]) => value === event.currentTarget.value);
          props.onChange(chosen?.[0]);
        }}
      >
        <option value="">{t("table.all")}</option>
        <For each={props.options}>
          {([value, text]) => <option value={value}>{typeof text === "function" ? text() : text}</option>}
        </For>
      </select>
    </div>
  );
};
