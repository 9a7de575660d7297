import { For } from "solid-js";
import { t } from "../../i18n/index.js";
import { showSuccess } from "../../lib/toast.js";
import { Button } from "../ui/button.js";

/** Recovery codes shown once, with Copy and Download, until the user says they saved them. */
export const RecoveryCodesList = (props: { codes: readonly string[]; onDone: () => void }) => {
  const text = () => `${props.codes.join("\n")}\n`;
  const copy = async () => {
    await navigator.clipboard.writeText(text());
    showSuccess(t("twoFactor.copied"));
  };
  const download = () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text()], { type: "text/plain" }));
    link.download = "recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div class="grid gap-4" data-testid="recovery-codes">
      <div>
        <h3 id="recovery-codes-heading" class="font-semibold">
          {t("twoFactor.recoveryHeading")}
        </h3>
        <p class="text-sm text-muted-foreground">{t("twoFactor.recoveryText")}</p>
      </div>
      <ul
        class="grid grid-cols-2 gap-2 rounded-lg border p-4 font-mono text-sm"
        aria-labelledby="recovery-codes-heading"
      >
        <For each={props.codes}>{(code) => <li data-testid="recovery-code">{code}</li>}</For>
      </ul>
      <div class="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => void copy().catch(() => undefined)}>
          {t("twoFactor.copy")}
        </Button>
        <Button variant="outline" onClick={download}>
          {t("twoFactor.download")}
        </Button>
        <Button onClick={() => props.onDone()}>{t("twoFactor.done")}</Button>
      </div>
    </div>
  );
};
