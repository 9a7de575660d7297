import { createSignal } from "solid-js";
import { useDeleteItem } from "../data/items.js";
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
        editLabel="Edit Item"
        deleteLabel="Delete Item"
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
        title="Delete Item"
        description="This item will be permanently deleted. Are you sure? You will not be able to undo this action."
        returnFocus={() => trigger}
        pending={remove.isPending}
        onConfirm={confirm}
      />
    </>
  );
};
