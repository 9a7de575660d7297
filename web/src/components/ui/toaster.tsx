import X from "lucide-solid/icons/x";
import { For } from "solid-js";
import { t } from "../../i18n/index.js";
import { dismissToast, pauseToast, resumeToast, type ToastKind, toasts } from "../../lib/toast.js";

const kindClass: Record<ToastKind, string> = {
  success: "border-l-success",
  error: "border-l-destructive-text",
};

/**
 * The notifications region (bottom right). A small own toaster rather than Kobalte's keeps the login page light;
 * `data-kb-top-layer` keeps it readable and clickable while a Kobalte modal dialog hides the rest of the page.
 */
export const Toaster = () => (
  <section aria-label={t("shell.notifications")} data-kb-top-layer="">
    <ol class="fixed right-4 bottom-4 z-[100] flex w-[360px] max-w-[calc(100vw-2rem)] flex-col gap-2">
      <For each={toasts()}>
        {(toast) => (
          <li
            data-kind={toast.kind}
            class={`flex items-start gap-3 rounded-md border border-l-4 bg-card p-4 shadow-lg ${kindClass[toast.kind]}`}
            onMouseEnter={() => pauseToast(toast.id)}
            onMouseLeave={() => resumeToast(toast.id)}
            onFocusIn={() => pauseToast(toast.id)}
            onFocusOut={() => resumeToast(toast.id)}
          >
            <div role={toast.kind === "error" ? "alert" : "status"} class="grid flex-1 gap-1">
              <p class="text-sm font-semibold">{toast.title}</p>
              <p class="text-sm text-muted-foreground">{toast.description}</p>
            </div>
            <button
              type="button"
              class="rounded-sm p-1 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
              aria-label={t("shell.close")}
              onClick={() => dismissToast(toast.id)}
            >
              <X class="size-4" aria-hidden="true" />
            </button>
          </li>
        )}
      </For>
    </ol>
  </section>
);
