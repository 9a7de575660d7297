import Monitor from "lucide-solid/icons/monitor";
import { Show } from "solid-js";
import { t } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/date-time.js";
import { describeDevice } from "../../lib/device.js";
import { relativeTime } from "../../lib/relative-time.js";
import type { SessionPublic } from "../../lib/types.js";
import { Badge } from "../ui/badge.js";
import { Button } from "../ui/button.js";

type SessionRowProps = { session: SessionPublic; signingOut: boolean; onSignOut: () => void };

/** One device the user is logged in on: browser and OS, IP, when it was last used, and its Sign out button. */
export const SessionRow = (props: SessionRowProps) => {
  const device = () => describeDevice(props.session.user_agent);
  const name = () => t("sessions.device", device());
  return (
    <li data-testid="session-row" class="flex items-center gap-4 p-4">
      <Monitor class="size-5 shrink-0 text-muted-foreground" aria-hidden="true" />
      <div class="min-w-0 flex-1">
        <p class="flex flex-wrap items-center gap-2 font-medium">
          <span>{name()}</span>
          <Show when={props.session.current}>
            <Badge variant="primary">{t("sessions.thisDevice")}</Badge>
          </Show>
        </p>
        <p class="text-sm text-muted-foreground">
          <span>{props.session.ip_address ?? t("sessions.unknownIp")}</span>
          <span aria-hidden="true"> · </span>
          <span>
            {t("sessions.lastUsed")}{" "}
            <time datetime={props.session.last_used_at} title={formatDateTime(props.session.last_used_at)}>
              {relativeTime(props.session.last_used_at)}
            </time>
          </span>
        </p>
      </div>
      <Show when={!props.session.current}>
        <Button variant="outline" size="sm" loading={props.signingOut} onClick={props.onSignOut}>
          {t("sessions.signOut")}
        </Button>
      </Show>
    </li>
  );
};
