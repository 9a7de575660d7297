import { useUpdatePasswordMe } from "../../data/current-user.js";
import { t } from "../../i18n/index.js";
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
        {t("settings.changePassword")}
      </h2>
      <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
        <PasswordInput
          id="current_password"
          label={t("settings.currentPassword")}
          placeholder="••••••••"
          testId="current-password-input"
          {...form.field("current_password")}
        />
        <NewPasswordFields
          form={form}
          label={t("field.newPassword")}
          placeholder="••••••••"
          confirmPlaceholder="••••••••"
          testId="new-password-input"
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t("settings.updatePassword")}
          </Button>
        </div>
      </form>
    </section>
  );
};
