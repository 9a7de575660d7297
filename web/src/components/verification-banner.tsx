import { Show } from "solid-js";
import { useEmailUnverified, useResendVerification } from "../data/my-security.js";
import { t } from "../i18n/index.js";
import { Button } from "./ui/button.js";

/** Above every protected page while the caller's address is unverified: a reminder and a way to get a new link. */
export const VerificationBanner = () => {
  const unverified = useEmailUnverified();
  const resend = useResendVerification();
  return (
    <Show when={unverified()}>
      <div
        class="flex flex-wrap items-center gap-3 border-b bg-muted px-4 py-2 text-sm"
        data-testid="verification-banner"
      >
        <p class="flex-1">{t("verifyEmail.banner")}</p>
        <Button variant="outline" size="sm" loading={resend.isPending} onClick={() => resend.mutate()}>
          {t("verifyEmail.resend")}
        </Button>
      </div>
    </Show>
  );
};
