import { createSignal } from "solid-js";
import { useDeleteItem } from "../data/items.js";
import { t } from "../i18n/index.js";
import type { ItemPublic } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { ItemFormDialog } from "./item-form-dialog.js";
import { RowActions } from "./row-actions.js";

/** Edit Item / Delete Item for one row of the items table. */
export const ItemActions = (props: { item: ItemPublic }) => {
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const remove = useDeleteItem();
  const confirm = () => remove.mutate(props.item, { onSuccess: () => setDeleting(false) });
  return (
    <>
      <RowActions
        editLabel={t("items.edit")}
        deleteLabel={t("items.delete")}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        triggerRef={(element) => {
          trigger = element;
        }}
      />
      <ItemFormDialog open={editing()} onOpenChange={setEditing} item={props.item} returnFocus={() => trigger} />
      <ConfirmDialog
        open={deleting()}
        onOpenChange={setDeleting}
        title={t("items.delete")}
        description={t("items.deleteText")}
        returnFocus={() => trigger}
        pending={remove.isPending}
        onConfirm={confirm}
      />
    </>
  );
};
