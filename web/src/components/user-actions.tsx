import { createSignal } from "solid-js";
import { useDeleteUser } from "../data/users.js";
import { t } from "../i18n/index.js";
import type { UserPublic } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { Emphasized } from "./emphasized.js";
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
        editLabel={t("users.edit")}
        deleteLabel={t("users.delete")}
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
        title={t("users.delete")}
        description={
          <Emphasized text={(emphasis) => t("users.deleteText", { emphasis })} emphasis={t("users.deleteEmphasis")} />
        }
        returnFocus={() => trigger}
        pending={remove.isPending}
        onConfirm={confirm}
      />
    </>
  );
};
