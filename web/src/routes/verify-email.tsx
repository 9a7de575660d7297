import { A, Navigate } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { Button } from "../components/ui/button.js";
import { useVerifyEmail } from "../data/my-security.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import { useUrlToken } from "../lib/url-token.js";

/**
 * `/verify-email?token=…`, the link a verification e-mail carries. A click, not the page load, uses the token: mail
 * scanners that open links (some run scripts) must not verify an address on their own, or an address someone else
 * signed up with could count as proved without its owner ever seeing the e-mail.
 */
export default function VerifyEmail() {
  setTitle(t("title.verifyEmail"));
  const token = useUrlToken();
  const verify = useVerifyEmail();
  return (
    <Switch>
      <Match when={token === ""}>
        <Navigate href="/login" />
      </Match>
      <Match when={verify.isSuccess}>
        <div class="grid gap-6">
          <AuthHeading>{t("verifyEmail.done")}</AuthHeading>
          <p class="text-center text-sm" role="status" data-testid="verify-email-done">
            {t("verifyEmail.doneText")}
          </p>
          <p class="text-center text-sm">
            <A href="/" class="underline underline-offset-4">
              {t("verifyEmail.toDashboard")}
            </A>
          </p>
        </div>
      </Match>
      <Match when={verify.isError}>
        <div class="grid gap-6">
          <AuthHeading>{t("verifyEmail.heading")}</AuthHeading>
          <p class="text-center text-sm text-destructive-text" role="alert" data-testid="verify-email-failed">
            {t("verifyEmail.failed")}
          </p>
          <BackToLogin question="" />
        </div>
      </Match>
      <Match when={true}>
        <div class="grid gap-6">
          <AuthHeading>{t("verifyEmail.heading")}</AuthHeading>
          <p class="text-center text-sm">{t("verifyEmail.text")}</p>
          <Button
            class="w-full"
            loading={verify.isPending}
            onClick={() => verify.mutate(token)}
            data-testid="verify-email-button"
          >
            {t("verifyEmail.submit")}
          </Button>
        </div>
      </Match>
    </Switch>
  );
}
