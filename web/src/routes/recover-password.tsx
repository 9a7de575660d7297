import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { Button } from "../components/ui/button.js";
import { TextField } from "../components/ui/text-field.js";
import { useRecoverPassword } from "../data/account.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { email } from "../lib/validation.js";

/** `/recover-password`: asks the API to e-mail a reset link. */
export default function RecoverPassword() {
  setTitle(t("title.recoverPassword"));
  const recover = useRecoverPassword();
  const form = createForm({
    initial: { email: "" },
    rules: { email: [email] },
    onSubmit: (values) => recover.mutate(values.email, { onSuccess: () => form.reset() }),
  });
  return (
    <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
      <AuthHeading>{t("recover.heading")}</AuthHeading>
      <TextField
        id="email"
        label={t("field.email")}
        type="email"
        placeholder={t("field.emailPlaceholder")}
        autocomplete="email"
        testId="email-input"
        {...form.field("email")}
      />
      <Button type="submit" class="w-full" loading={recover.isPending}>
        {t("recover.submit")}
      </Button>
      <BackToLogin question={t("recover.rememberPassword")} />
    </form>
  );
}
