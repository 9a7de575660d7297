import type { JSX } from "solid-js";

/** Page title, subtitle and an optional action on the right. */
export const PageHeader = (props: { title: string; subtitle: string; action?: JSX.Element }) => (
  <div class="mb-6 flex flex-wrap items-center justify-between gap-4">
    <div>
      <h1 class="text-2xl font-bold tracking-tight">{props.title}</h1>
      <p class="text-muted-foreground">{props.subtitle}</p>
    </div>
    {props.action}
  </div>
);
