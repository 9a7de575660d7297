import { useNavigate } from "@solidjs/router";
import { apiRules } from "../api/rules.js";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { IdentityProviderButtons } from "../components/identity-provider-buttons.js";
import { NewPasswordFields, newPasswordRules } from "../components/new-password-fields.js";
import { Button } from "../components/ui/button.js";
import { TextField } from "../components/ui/text-field.js";
import { useRegisterUser } from "../data/account.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { email, fullName, required } from "../lib/validation.js";

/** `/signup`: self-registration, then on to the login page. */
export default function Signup() {
  setTitle(t("title.signup"));
  const navigate = useNavigate();
  const register = useRegisterUser();
  const form = createForm({
    initial: { full_name: "", email: "", new_password: "", confirm_password: "" },
    rules: {
      full_name: [required(() => t("validation.fullNameRequired")), fullName],
      email: [email],
      ...newPasswordRules(),
    },
    onSubmit: (values) =>
      register.mutate(
        { full_name: values.full_name, email: values.email, password: values.new_password },
        { onSuccess: () => navigate("/login") },
      ),
  });
  return (
    <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
      <AuthHeading>{t("signup.heading")}</AuthHeading>
      <TextField
        id="full_name"
        label={t("field.fullName")}
        placeholder={t("signup.fullNamePlaceholder")}
        autocomplete="name"
        testId="full-name-input"
        maxLength={apiRules.fullName.maxLength}
        {...form.field("full_name")}
      />
      <TextField
        id="email"
        label={t("field.email")}
        type="email"
        placeholder={t("field.emailPlaceholder")}
        autocomplete="email"
        testId="email-input"
        {...form.field("email")}
      />
      <NewPasswordFields
        form={form}
        label={t("field.password")}
        placeholder={t("field.password")}
        confirmPlaceholder={t("field.confirmPassword")}
        testId="password-input"
      />
      <Button type="submit" class="w-full" loading={register.isPending}>
        {t("signup.submit")}
      </Button>
      <IdentityProviderButtons />
      <BackToLogin question={t("signup.haveAccount")} />
    </form>
  );
}
