import { createSignal } from "solid-js";
import { useDeleteUser } from "../data/users.js";
import type { UserPublic } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { RowActions } from "./row-actions.js";
import { UserFormDialog } from "./user-form-dialog.js";

/** Edit User / Delete User for one row of the users table. */
export const UserActions = (props: { user: UserPublic }) => {
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const remove = useDeleteUser();
  const confirm = () => remove.mutate(props.user, { onSuccess: () => setDeleting(false) });
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
        onConfirm={confirm}
      />
    </>
  );
};
