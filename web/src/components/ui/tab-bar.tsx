import { Tabs } from "@kobalte/core/tabs";
import { For } from "solid-js";

/** One tab of a settings page: its value (also its `?tab=`), its label and an optional test id. */
export interface TabEntry {
  value: string;
  label: () => string;
  testId?: string;
}

/** The settings pages' row of tabs: a pill bar that wraps on a narrow screen. Goes inside a Kobalte `Tabs`. */
export const TabBar = (props: { tabs: readonly TabEntry[]; label: string }) => (
  <Tabs.List class="mb-6 flex w-fit max-w-full flex-wrap gap-1 rounded-lg bg-muted p-1" aria-label={props.label}>
    <For each={props.tabs}>
      {(tab) => (
        <Tabs.Trigger
          value={tab.value}
          data-testid={tab.testId}
          class="rounded-md px-2.5 py-1 text-sm sm:px-3 font-medium text-muted-foreground data-[selected]:bg-background data-[selected]:text-foreground data-[selected]:shadow-sm focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
        >
          {tab.label()}
        </Tabs.Trigger>
      )}
    </For>
  </Tabs.List>
);
