import { t } from "../i18n/index.js";
import { Button } from "./ui/button.js";

/** Cancel / Save buttons at the bottom of a form dialog. */
export const DialogActions = (props: { pending: boolean; saveDisabled?: boolean; onCancel: () => void }) => (
  <div class="flex justify-end gap-2 pt-2">
    <Button variant="outline" disabled={props.pending} onClick={() => props.onCancel()}>
      {t("table.cancel")}
    </Button>
    <Button type="submit" loading={props.pending} disabled={props.saveDisabled}>
      {t("table.save")}
    </Button>
  </div>
);
