import { useUpdatePasswordMe } from "../../data/current-user.js";
import { createForm } from "../../lib/create-form.js";
import { password } from "../../lib/validation.js";
import { NewPasswordFields, newPasswordRules } from "../new-password-fields.js";
import { PasswordInput } from "../password-input.js";
import { Button } from "../ui/button.js";

/** Settings › Password: validated on submit; a wrong current password comes back as an error toast. */
export const ChangePasswordForm = () => {
  const save = useUpdatePasswordMe();
  const form = createForm({
    initial: { current_password: "", new_password: "", confirm_password: "" },
    validateOn: "submit",
    rules: { current_password: [password], ...newPasswordRules() },
    onSubmit: (values) =>
      save.mutate(
        { current_password: values.current_password, new_password: values.new_password },
        { onSuccess: () => form.reset() },
      ),
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
        <NewPasswordFields
          form={form}
          label="New Password"
          placeholder="••••••••"
          confirmPlaceholder="••••••••"
          testId="new-password-input"
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
