import KeyRound from "lucide-solid/icons/key-round";
import { Show } from "solid-js";
import { t } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/date-time.js";
import { relativeTime } from "../../lib/relative-time.js";
import type { PasskeyPublic } from "../../lib/types.js";
import { Button } from "../ui/button.js";

type PasskeyRowProps = { passkey: PasskeyPublic; onRename: () => void; onRemove: () => void };

const When = (props: { iso: string }) => (
  <time datetime={props.iso} title={formatDateTime(props.iso)}>
    {relativeTime(props.iso)}
  </time>
);

/** One passkey: its name, when it was created and last used, and its Rename and Remove buttons. */
export const PasskeyRow = (props: PasskeyRowProps) => (
  <li data-testid="passkey-row" class="flex flex-wrap items-center gap-4 p-4">
    <KeyRound class="size-5 shrink-0 text-muted-foreground" aria-hidden="true" />
    <div class="min-w-0 flex-1">
      <p class="font-medium break-words">{props.passkey.name}</p>
      <p class="text-sm text-muted-foreground">
        <span>
          {t("passkeys.created")} <When iso={props.passkey.created_at} />
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          {t("passkeys.lastUsed")}{" "}
          <Show when={props.passkey.last_used_at} fallback={t("passkeys.neverUsed")}>
            {(iso) => <When iso={iso()} />}
          </Show>
        </span>
      </p>
    </div>
    <div class="flex gap-2">
      <Button
        variant="outline"
        size="sm"
        aria-label={t("passkeys.renameNamed", { name: props.passkey.name })}
        onClick={props.onRename}
      >
        {t("passkeys.rename")}
      </Button>
      <Button
        variant="outline"
        size="sm"
        aria-label={t("passkeys.removeNamed", { name: props.passkey.name })}
        onClick={props.onRemove}
      >
        {t("passkeys.remove")}
      </Button>
    </div>
  </li>
);
