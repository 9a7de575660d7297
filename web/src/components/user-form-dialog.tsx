import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { createSignal } from "solid-js";
import { api } from "../lib/api.js";
import { createForm } from "../lib/create-form.js";
import { showError, showSuccess } from "../lib/toast.js";
import type { UserPublic } from "../lib/types.js";
import { email, matches, optionalPassword, password } from "../lib/validation.js";
import { DialogActions } from "./dialog-actions.js";
import { PasswordInput } from "./password-input.js";
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

type Values = { email: string; full_name: string; password: string; confirm_password: string };

const UserForm = (props: { user?: UserPublic; onDone: () => void }) => {
  const queryClient = useQueryClient();
  const [isSuperuser, setIsSuperuser] = createSignal(props.user?.is_superuser ?? false);
  const [isActive, setIsActive] = createSignal(props.user?.is_active ?? false);
  const save = createMutation(() => ({
    mutationFn: (values: Values) => {
      const common = {
        email: values.email.trim(),
        full_name: values.full_name || null,
        is_superuser: isSuperuser(),
        is_active: isActive(),
      };
      if (!props.user) return api.createUser({ ...common, password: values.password });
      return api.updateUser({
        user_id: props.user.id,
        ...common,
        ...(values.password ? { password: values.password } : {}),
      });
    },
    onSuccess: () => {
      showSuccess(props.user ? "User updated successfully" : "User created successfully");
      props.onDone();
    },
    onError: showError,
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: ["users"] });
      queryClient.invalidateQueries({ queryKey: ["currentUser"] });
    },
  }));
  const form = createForm({
    initial: {
      email: props.user?.email ?? "",
      full_name: props.user?.full_name ?? "",
      password: "",
      confirm_password: "",
    },
    rules: {
      email: [email],
      password: [props.user ? optionalPassword : password],
      confirm_password: [matches("password", props.user ? undefined : "Please confirm your password")],
    },
    onSubmit: (values) => save.mutateAsync(values).catch(() => undefined),
  });
  const creating = !props.user;
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField id="user-email" label="Email" required type="email" placeholder="Email" {...form.field("email")} />
      <TextField
        id="user-full-name"
        label="Full Name"
        placeholder="Full name"
        maxLength={255}
        {...form.field("full_name")}
      />
      <PasswordInput
        id="user-password"
        label="Set Password"
        required={creating}
        placeholder="Password"
        autocomplete="new-password"
        {...form.field("password")}
      />
      <PasswordInput
        id="user-confirm-password"
        label="Confirm Password"
        required={creating}
        placeholder="Password"
        autocomplete="new-password"
        {...form.field("confirm_password")}
      />
      <div class="flex flex-wrap gap-6">
        <CheckboxField id="user-is-superuser" label="Is superuser?" checked={isSuperuser()} onChange={setIsSuperuser} />
        <CheckboxField id="user-is-active" label="Is active?" checked={isActive()} onChange={setIsActive} />
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
    title={props.user ? "Edit User" : "Add User"}
    description={
      props.user ? "Update the user details below." : "Fill in the form below to add a new user to the system."
    }
  >
    <UserForm user={props.user} onDone={() => props.onOpenChange(false)} />
  </Dialog>
);
