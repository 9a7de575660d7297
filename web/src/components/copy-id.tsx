import Check from "lucide-solid/icons/check";
import Copy from "lucide-solid/icons/copy";
import { createSignal, Show } from "solid-js";
import { t } from "../i18n/index.js";

/** A monospace id (its start only on a narrow screen) with a hover/focus button that copies it. */
export const CopyId = (props: { id: string }) => {
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(props.id);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <span class="group inline-flex items-center gap-1 whitespace-nowrap">
      <span
        class="inline-block font-mono text-xs text-muted-foreground max-md:max-w-[9ch] max-md:truncate"
        title={props.id}
      >
        {props.id}
      </span>
      <button
        type="button"
        class="rounded p-1 text-muted-foreground opacity-0 group-hover:opacity-100 hover:text-foreground focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
        onClick={copy}
      >
        <span class="sr-only">{t("table.copyId")}</span>
        <Show when={copied()} fallback={<Copy class="size-3.5" aria-hidden="true" />}>
          <Check class="size-3.5" aria-hidden="true" />
        </Show>
      </button>
    </span>
  );
};
