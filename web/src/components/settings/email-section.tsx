import { Show } from "solid-js";
import { useCurrentUser } from "../../data/current-user.js";
import { useMySecurity, useResendVerification } from "../../data/my-security.js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";

/** Settings › Security: whether the account's address is verified, and a new link when it is not. */
export const EmailSection = () => {
  const user = useCurrentUser();
  const security = useMySecurity();
  const resend = useResendVerification();
  const email = () => user()?.email ?? "";
  return (
    <section class="max-w-md" aria-labelledby="email-verification-heading" data-testid="email-section">
      <h2 id="email-verification-heading" class="mb-1 text-lg font-semibold">
        {t("security.emailHeading")}
      </h2>
      <Show when={security()}>
        {(state) => (
          <Show
            when={state().email_verified}
            fallback={
              <>
                <p class="mb-4 text-muted-foreground">{t("security.unverified", { email: email() })}</p>
                <Button variant="outline" loading={resend.isPending} onClick={() => resend.mutate()}>
                  {t("verifyEmail.resend")}
                </Button>
              </>
            }
          >
            <p class="text-muted-foreground">{t("security.verified", { email: email() })}</p>
          </Show>
        )}
      </Show>
    </section>
  );
};
