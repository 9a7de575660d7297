import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { createSignal } from "solid-js";
import { api } from "../lib/api.js";
import { showError, showSuccess } from "../lib/toast.js";
import type { ItemPublic } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { ItemFormDialog } from "./item-form-dialog.js";
import { RowActions } from "./row-actions.js";

/** Edit Item / Delete Item for one row of the items table. */
export const ItemActions = (props: { item: ItemPublic; onDeleted: () => void }) => {
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const queryClient = useQueryClient();
  const remove = createMutation(() => ({
    mutationFn: () => api.deleteItem({ id: props.item.id }),
    onSuccess: () => {
      showSuccess("The item was deleted successfully");
      setDeleting(false);
      props.onDeleted();
    },
    onError: showError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["items"] }),
  }));
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
        onConfirm={() => remove.mutate()}
      />
    </>
  );
};
