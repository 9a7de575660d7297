import { Show } from "solid-js";
import { useCurrentUser } from "../data/current-user.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";

/** `/`: a greeting. */
export default function Dashboard() {
  setTitle(t("title.dashboard"));
  const user = useCurrentUser();
  return (
    <div>
      <Show when={user()}>
        {(me) => <h1 class="text-2xl">{t("dashboard.greeting", { name: me().full_name || me().email })}</h1>}
      </Show>
      <p class="text-muted-foreground">{t("dashboard.welcome")}</p>
    </div>
  );
}
