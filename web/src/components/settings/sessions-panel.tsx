import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { mySessionsQuery, useRevokeOtherSessions, useRevokeSession } from "../../data/my-sessions.js";
import { settled } from "../../data/settled.js";
import { t } from "../../i18n/index.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Button } from "../ui/button.js";
import { SessionRow } from "./session-row.js";

/** Settings › Sessions: every device the user is logged in on, each with a Sign out, and a Sign out of all others. */
export const SessionsPanel = () => {
  const query = createQuery(mySessionsQuery);
  const sessions = () => settled(query)?.data;
  const others = () => sessions()?.filter((session) => !session.current).length ?? 0;
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [confirming, setConfirming] = createSignal(false);
  return (
    <section class="max-w-2xl" aria-labelledby="sessions-heading" aria-busy={query.isPending}>
      <h2 id="sessions-heading" class="mb-1 text-lg font-semibold">
        {t("sessions.heading")}
      </h2>
      <p class="mb-4 text-muted-foreground">{t("sessions.text")}</p>
      <Show when={sessions()}>
        {(list) => (
          <ul class="mb-4 divide-y rounded-lg border" aria-label={t("sessions.list")}>
            <For each={list()}>
              {(session) => (
                <SessionRow
                  session={session}
                  signingOut={revoke.isPending && revoke.variables === session.id}
                  onSignOut={() => revoke.mutate(session.id)}
                />
              )}
            </For>
          </ul>
        )}
      </Show>
      <Button variant="destructive" disabled={others() === 0} onClick={() => setConfirming(true)}>
        {t("sessions.signOutOthers")}
      </Button>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={t("sessions.signOutOthers")}
        description={t("sessions.signOutOthersText")}
        confirmLabel={t("sessions.signOut")}
        pending={revokeOthers.isPending}
        onConfirm={() => revokeOthers.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </section>
  );
};
