import { Show } from "solid-js";
import { PROJECT_NAME } from "../../config.js";

/** The brand: a rounded "A" mark, with the wordmark unless `compact`. */
export const Logo = (props: { compact?: boolean; class?: string }) => (
  <span class={`inline-flex items-center gap-2 ${props.class ?? ""}`} role="img" aria-label={PROJECT_NAME}>
    <svg viewBox="0 0 32 32" class="size-8 shrink-0" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--primary)" />
      <path d="M16 6 7 26h4.2l1.8-4.2h6l1.8 4.2H25L16 6Zm-1.6 12.4L16 14.5l1.6 3.9h-3.2Z" fill="#fff" />
    </svg>
    <Show when={!props.compact}>
      <span class="text-xl font-semibold tracking-tight whitespace-nowrap" aria-hidden="true">
        {PROJECT_NAME}
      </span>
    </Show>
  </span>
);
