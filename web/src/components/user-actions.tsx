import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { createSignal } from "solid-js";
import { api } from "../lib/api.js";
import { showError, showSuccess } from "../lib/toast.js";
import type { UserPublic } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { RowActions } from "./row-actions.js";
import { UserFormDialog } from "./user-form-dialog.js";

/** Edit User / Delete User for one row of the users table. */
export const UserActions = (props: { user: UserPublic; onDeleted: () => void }) => {
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const queryClient = useQueryClient();
  const remove = createMutation(() => ({
    mutationFn: () => api.deleteUser({ user_id: props.user.id }),
    onSuccess: () => {
      showSuccess("The user was deleted successfully");
      setDeleting(false);
      props.onDeleted();
    },
    onError: showError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  }));
  return (
    <>
      <RowActions
        editLabel="Edit User"
        deleteLabel="Delete User"
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        triggerRef={(element) => {
          trigger = element;
        }}
      />
      <UserFormDialog open={editing()} onOpenChange={setEditing} user={props.user} returnFocus={() => trigger} />
      <ConfirmDialog
        open={deleting()}
        onOpenChange={setDeleting}
        title="Delete User"
        description={
          <>
            All items associated with this user will also be <strong>permanently deleted.</strong> Are you sure? You
            will not be able to undo this action.
          </>
        }
        returnFocus={() => trigger}
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
};
