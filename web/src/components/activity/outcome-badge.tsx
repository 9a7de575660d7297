import { t } from "../../i18n/index.js";
import type { AuditOutcome } from "../../lib/audit-actions.js";

/** An event's outcome: a coloured dot and `Success` or `Failure`. */
export const OutcomeBadge = (props: { outcome: AuditOutcome }) => (
  <span class="flex items-center gap-2">
    <span
      class={`size-2 shrink-0 rounded-full ${props.outcome === "success" ? "bg-success" : "bg-destructive"}`}
      aria-hidden="true"
    />
    <span class={props.outcome === "failure" ? "font-medium text-destructive-text" : ""}>
      {props.outcome === "success" ? t("activity.success") : t("activity.failure")}
    </span>
  </span>
);
