import { createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { jobCountsQuery } from "../../data/jobs.js";

const Figure = (props: { label: string; value: number; alarm?: boolean }) => (
  <div class="grid">
    <dt class="text-xs text-muted-foreground">{props.label}</dt>
    <dd class={`text-lg font-semibold tabular-nums ${props.alarm && props.value > 0 ? "text-destructive-text" : ""}`}>
      {props.value}
    </dd>
  </div>
);

/** One card per queue with how many of its jobs wait, run, failed and are done. */
export const QueueCounts = (props: { enabled: boolean }) => {
  const counts = createQuery(() => ({ ...jobCountsQuery(), enabled: props.enabled }));
  return (
    <section aria-label="Queues" class="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Show when={counts.data?.length === 0}>
        <p class="text-sm text-muted-foreground">No job has been queued yet.</p>
      </Show>
      <For each={counts.data}>
        {(queue) => (
          <div class="rounded-lg border bg-card p-4" data-testid={`queue-${queue.queue}`}>
            <h2 class="mb-2 font-mono text-sm font-medium">{queue.queue}</h2>
            <dl class="grid grid-cols-4 gap-2">
              <Figure label="Queued" value={queue.queued} />
              <Figure label="Running" value={queue.active} />
              <Figure label="Failed" value={queue.failed} alarm />
              <Figure label="Completed" value={queue.completed} />
            </dl>
          </div>
        )}
      </For>
    </section>
  );
};
