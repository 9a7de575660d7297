import type { JSX } from "solid-js";
import { t } from "../i18n/index.js";
import { Button } from "./ui/button.js";
import { Dialog } from "./ui/dialog.js";

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus?: () => HTMLElement | undefined;
  title: string;
  description: JSX.Element;
  confirmLabel?: string;
  pending: boolean;
  onConfirm: () => void;
};

/** A destructive confirmation: Cancel / Delete. */
export const ConfirmDialog = (props: ConfirmDialogProps) => (
  <Dialog
    open={props.open}
    onOpenChange={props.onOpenChange}
    returnFocus={props.returnFocus}
    title={props.title}
    description={props.description}
  >
    <form
      class="flex justify-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        props.onConfirm();
      }}
    >
      <Button variant="outline" disabled={props.pending} onClick={() => props.onOpenChange(false)}>
        {t("table.cancel")}
      </Button>
      <Button type="submit" variant="destructive" loading={props.pending}>
        {props.confirmLabel ?? t("table.delete")}
      </Button>
    </form>
  </Dialog>
);
