import { createSignal } from "solid-js";
import { apiRules } from "../api/rules.js";
import { useSaveUser } from "../data/users.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import type { UserPublic } from "../lib/types.js";
import { email, fullName } from "../lib/validation.js";
import { DialogActions } from "./dialog-actions.js";
import { NewPasswordFields, newPasswordRules } from "./new-password-fields.js";
import { CheckboxField } from "./ui/checkbox-field.js";
import { Dialog } from "./ui/dialog.js";
import { TextField } from "./ui/text-field.js";

type UserFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus?: () => HTMLElement | undefined;
  /** The user to edit; absent to add a new one. */
  user?: UserPublic;
};

const UserForm = (props: { user?: UserPublic; onDone: () => void }) => {
  const [isSuperuser, setIsSuperuser] = createSignal(props.user?.is_superuser ?? false);
  const [isActive, setIsActive] = createSignal(props.user?.is_active ?? false);
  const save = useSaveUser(() => props.user);
  const creating = !props.user;
  const form = createForm({
    initial: {
      email: props.user?.email ?? "",
      full_name: props.user?.full_name ?? "",
      new_password: "",
      confirm_password: "",
    },
    rules: {
      email: [email],
      full_name: [fullName],
      ...newPasswordRules(
        creating ? { confirmRequired: () => t("validation.confirmYourPassword") } : { optional: true },
      ),
    },
    onSubmit: (values) =>
      save.mutate(
        {
          email: values.email,
          full_name: values.full_name,
          password: values.new_password,
          is_superuser: isSuperuser(),
          is_active: isActive(),
        },
        { onSuccess: props.onDone },
      ),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField
        id="user-email"
        label={t("field.email")}
        required
        type="email"
        placeholder={t("field.email")}
        {...form.field("email")}
      />
      <TextField
        id="user-full-name"
        label={t("users.fullName")}
        placeholder={t("users.fullNamePlaceholder")}
        maxLength={apiRules.fullName.maxLength}
        {...form.field("full_name")}
      />
      <NewPasswordFields
        form={form}
        label={t("users.setPassword")}
        placeholder={t("field.password")}
        confirmPlaceholder={t("field.password")}
        idPrefix="user-"
        required={creating}
      />
      <div class="flex flex-wrap gap-6">
        <CheckboxField
          id="user-is-superuser"
          label={t("users.isSuperuser")}
          checked={isSuperuser()}
          onChange={setIsSuperuser}
        />
        <CheckboxField id="user-is-active" label={t("users.isActive")} checked={isActive()} onChange={setIsActive} />
      </div>
      <DialogActions pending={save.isPending} onCancel={props.onDone} />
    </form>
  );
};

/** Add User / Edit User dialog (superusers only). */
export const UserFormDialog = (props: UserFormDialogProps) => (
  <Dialog
    open={props.open}
    onOpenChange={props.onOpenChange}
    returnFocus={props.returnFocus}
    title={props.user ? t("users.edit") : t("users.add")}
    description={props.user ? t("users.editText") : t("users.addText")}
  >
    <UserForm user={props.user} onDone={() => props.onOpenChange(false)} />
  </Dialog>
);
