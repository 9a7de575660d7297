import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { myPasskeysQuery, useAddPasskey, useRemovePasskey, useRenamePasskey } from "../../data/passkeys.js";
import { settled } from "../../data/settled.js";
import { t } from "../../i18n/index.js";
import type { PasskeyPublic } from "../../lib/types.js";
import { browserSupportsWebAuthn } from "../../lib/webauthn-support.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Button } from "../ui/button.js";
import { PasskeyNameDialog } from "./passkey-name-dialog.js";
import { PasskeyRow } from "./passkey-row.js";

/** Settings › Security › Passkeys: the user's passkeys, each with Rename and Remove, and Add a passkey. */
export const PasskeysSection = () => {
  const query = createQuery(myPasskeysQuery);
  const passkeys = () => settled(query)?.data;
  const add = useAddPasskey();
  const rename = useRenamePasskey();
  const remove = useRemovePasskey();
  const [adding, setAdding] = createSignal(false);
  const [renaming, setRenaming] = createSignal<PasskeyPublic | null>(null);
  const [removing, setRemoving] = createSignal<PasskeyPublic | null>(null);
  return (
    <section class="max-w-2xl" aria-labelledby="passkeys-heading" aria-busy={query.isPending}>
      <h2 id="passkeys-heading" class="mb-1 text-lg font-semibold">
        {t("passkeys.heading")}
      </h2>
      <p class="mb-4 text-muted-foreground">{t("passkeys.text")}</p>
      <Show when={passkeys()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="mb-4 text-sm">{t("passkeys.none")}</p>}>
            <ul class="mb-4 divide-y rounded-lg border" aria-label={t("passkeys.list")}>
              <For each={list()}>
                {(passkey) => (
                  <PasskeyRow
                    passkey={passkey}
                    onRename={() => setRenaming(passkey)}
                    onRemove={() => setRemoving(passkey)}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={browserSupportsWebAuthn()} fallback={<p class="text-sm">{t("passkeys.unsupported")}</p>}>
        <Button onClick={() => setAdding(true)}>{t("passkeys.add")}</Button>
      </Show>
      <PasskeyNameDialog
        open={adding()}
        onOpenChange={setAdding}
        title={t("passkeys.add")}
        description={t("passkeys.addText")}
        initialName=""
        pending={add.isPending}
        onSubmit={(name, done) => add.mutate(name, { onSuccess: done })}
      />
      <Show when={renaming()}>
        {(passkey) => (
          <PasskeyNameDialog
            open
            onOpenChange={(open) => !open && setRenaming(null)}
            title={t("passkeys.renameTitle")}
            description={t("passkeys.renameText")}
            initialName={passkey().name}
            pending={rename.isPending}
            onSubmit={(name, done) => rename.mutate({ id: passkey().id, name }, { onSuccess: done })}
          />
        )}
      </Show>
      <ConfirmDialog
        open={removing() !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t("passkeys.removeTitle")}
        description={t("passkeys.removeText", { name: removing()?.name ?? "" })}
        confirmLabel={t("passkeys.remove")}
        pending={remove.isPending}
        onConfirm={() => {
          const passkey = removing();
          if (passkey) remove.mutate(passkey.id, { onSuccess: () => setRemoving(null) });
        }}
      />
    </section>
  );
};
