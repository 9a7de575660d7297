import { Navigate, useNavigate } from "@solidjs/router";
import { Show } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { NewPasswordFields, newPasswordRules } from "../components/new-password-fields.js";
import { Button } from "../components/ui/button.js";
import { useResetPassword } from "../data/account.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { useUrlToken } from "../lib/url-token.js";

/** `/reset-password?token=…`: sets a new password with the e-mailed token. */
export default function ResetPassword() {
  setTitle(t("title.resetPassword"));
  const navigate = useNavigate();
  const token = useUrlToken();
  const reset = useResetPassword();
  const form = createForm({
    initial: { new_password: "", confirm_password: "" },
    rules: newPasswordRules(),
    onSubmit: (values) =>
      reset.mutate({ token, new_password: values.new_password }, { onSuccess: () => navigate("/login") }),
  });
  return (
    <Show when={token !== ""} fallback={<Navigate href="/login" />}>
      <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
        <AuthHeading>{t("reset.heading")}</AuthHeading>
        <NewPasswordFields
          form={form}
          label={t("field.newPassword")}
          placeholder={t("field.newPassword")}
          confirmPlaceholder={t("field.confirmPassword")}
          testId="new-password-input"
        />
        <Button type="submit" class="w-full" loading={reset.isPending}>
          {t("reset.submit")}
        </Button>
        <BackToLogin question={t("recover.rememberPassword")} />
      </form>
    </Show>
  );
}
