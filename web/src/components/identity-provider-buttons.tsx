import { createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { identityProvidersQuery, signInUrl } from "../data/identities.js";
import { settled } from "../data/settled.js";
import { t } from "../i18n/index.js";
import { buttonClass } from "./ui/button-class.js";

/** One `Continue with <label>` link per configured identity provider; nothing when there is none. */
export const IdentityProviderButtons = () => {
  const query = createQuery(identityProvidersQuery);
  const providers = () => settled(query) ?? [];
  return (
    <Show when={providers().length > 0}>
      <div class="grid gap-2">
        <p class="text-center text-sm text-muted-foreground">{t("identities.or")}</p>
        <For each={providers()}>
          {(provider) => (
            <a
              href={signInUrl(provider.name)}
              rel="external"
              class={buttonClass("outline", "default", "w-full")}
              data-testid={`provider-${provider.name}`}
            >
              {t("identities.continueWith", { label: provider.label })}
            </a>
          )}
        </For>
      </div>
    </Show>
  );
};
