import { createMutation } from "@tanstack/solid-query";
import { api } from "../../lib/api.js";
import { createForm } from "../../lib/create-form.js";
import { showError, showSuccess } from "../../lib/toast.js";
import { matches, password } from "../../lib/validation.js";
import { PasswordInput } from "../password-input.js";
import { Button } from "../ui/button.js";

/** Settings › Password: validated on submit; a wrong current password comes back as an error toast. */
export const ChangePasswordForm = () => {
  const save = createMutation(() => ({
    mutationFn: (values: { current_password: string; new_password: string }) => api.updatePasswordMe(values),
    onSuccess: () => {
      showSuccess("Password updated successfully");
      form.reset();
    },
    onError: showError,
  }));
  const form = createForm({
    initial: { current_password: "", new_password: "", confirm_password: "" },
    validateOn: "submit",
    rules: {
      current_password: [password],
      new_password: [password],
      confirm_password: [matches("new_password", "Password confirmation is required")],
    },
    onSubmit: (values) =>
      save
        .mutateAsync({ current_password: values.current_password, new_password: values.new_password })
        .catch(() => undefined),
  });
  return (
    <section class="max-w-md" aria-labelledby="password-heading">
      <h2 id="password-heading" class="mb-4 text-lg font-semibold">
        Change Password
      </h2>
      <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
        <PasswordInput
          id="current_password"
          label="Current Password"
          placeholder="••••••••"
          testId="current-password-input"
          {...form.field("current_password")}
        />
        <PasswordInput
          id="new_password"
          label="New Password"
          placeholder="••••••••"
          autocomplete="new-password"
          testId="new-password-input"
          {...form.field("new_password")}
        />
        <PasswordInput
          id="confirm_password"
          label="Confirm Password"
          placeholder="••••••••"
          autocomplete="new-password"
          testId="confirm-password-input"
          {...form.field("confirm_password")}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            Update Password
          </Button>
        </div>
      </form>
    </section>
  );
};
