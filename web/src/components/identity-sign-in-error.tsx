import { useSearchParams } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { Show } from "solid-js";
import { identityProvidersQuery } from "../data/identities.js";
import { settled } from "../data/settled.js";
import { t } from "../i18n/index.js";

/** Why a sign-in at an identity provider did not sign in, by the `error` code the server sent the browser back with. */
const messageOf = (code: string, provider: string): string => {
  switch (code) {
    case "link_requires_password":
      return t("identities.error.linkRequiresPassword", { provider });
    case "registration_closed":
      return t("identities.error.registrationClosed");
    case "access_denied":
      return t("identities.error.accessDenied");
    case "email_missing":
      return t("identities.error.emailMissing");
    case "inactive_user":
      return t("identities.error.inactiveUser");
    case "linked_elsewhere":
      return t("identities.error.linkedElsewhere");
    case "provider_unavailable":
      return t("identities.error.providerUnavailable");
    default:
      return t("identities.error.failed");
  }
};

/** The message of a failed provider sign-in (`?error=…&provider=…`), naming the provider by its label. */
export const IdentitySignInError = () => {
  const [params] = useSearchParams<{ error?: string; provider?: string }>();
  const providers = createQuery(identityProvidersQuery);
  const label = () => settled(providers)?.find((each) => each.name === params.provider)?.label ?? params.provider ?? "";
  return (
    <Show when={params.error}>
      {(code) => (
        <p
          role="alert"
          data-testid="identity-error"
          class="rounded-md border border-destructive/50 bg-destructive/10 p-3 text-sm text-destructive-text"
        >
          {messageOf(code(), label())}
        </p>
      )}
    </Show>
  );
};
