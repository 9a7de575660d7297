import { createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { identityProvidersQuery, linkUrl, myIdentitiesQuery, useUnlinkIdentity } from "../../data/identities.js";
import { settled } from "../../data/settled.js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";
import { buttonClass } from "../ui/button-class.js";

/** Settings › Security: the identity providers linked to the account, each with Unlink, and Link for the others. */
export const IdentitiesSection = () => {
  const providerQuery = createQuery(identityProvidersQuery);
  const providers = () => settled(providerQuery) ?? [];
  const identities = createQuery(myIdentitiesQuery);
  const unlink = useUnlinkIdentity();
  const linked = () => settled(identities)?.data ?? [];
  const labelOf = (name: string) => providers().find((provider) => provider.name === name)?.label ?? name;
  const unlinkedProviders = () => providers().filter((p) => !linked().some((i) => i.provider === p.name));
  return (
    <Show when={providers().length > 0 || linked().length > 0}>
      <section class="max-w-2xl" aria-labelledby="identities-heading" aria-busy={identities.isPending}>
        <h2 id="identities-heading" class="mb-1 text-lg font-semibold">
          {t("identities.heading")}
        </h2>
        <p class="mb-4 text-muted-foreground">{t("identities.text")}</p>
        <Show when={linked().length > 0} fallback={<p class="mb-4 text-sm">{t("identities.none")}</p>}>
          <ul class="mb-4 divide-y rounded-lg border" aria-label={t("identities.list")}>
            <For each={linked()}>
              {(identity) => (
                <li class="flex items-center justify-between gap-4 p-3" data-testid="identity-row">
                  <div>
                    <p class="font-medium">{labelOf(identity.provider)}</p>
                    <p class="text-sm text-muted-foreground">{identity.email ?? ""}</p>
                  </div>
                  <Button
                    variant="outline"
                    size="sm"
                    loading={unlink.isPending && unlink.variables === identity.id}
                    onClick={() => unlink.mutate(identity.id)}
                    aria-label={t("identities.unlinkProvider", { provider: labelOf(identity.provider) })}
                  >
                    {t("identities.unlink")}
                  </Button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <div class="flex flex-wrap gap-2">
          <For each={unlinkedProviders()}>
            {(provider) => (
              <a
                href={linkUrl(provider.name)}
                rel="external"
                class={buttonClass("outline", "sm")}
                data-testid={`link-${provider.name}`}
              >
                {t("identities.link", { provider: provider.label })}
              </a>
            )}
          </For>
        </div>
      </section>
    </Show>
  );
};
