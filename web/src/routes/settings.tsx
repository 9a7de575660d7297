import { Tabs } from "@kobalte/core/tabs";
import { useSearchParams } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { PageHeader } from "../components/page-header.js";
import { ChangePasswordForm } from "../components/settings/change-password-form.js";
import { DeleteAccount } from "../components/settings/delete-account.js";
import { LanguagePicker } from "../components/settings/language-picker.js";
import { ProfileForm } from "../components/settings/profile-form.js";
import { SecurityActivity } from "../components/settings/security-activity.js";
import { SecurityPanel } from "../components/settings/security-panel.js";
import { SessionsPanel } from "../components/settings/sessions-panel.js";
import { useCurrentUser } from "../data/current-user.js";
import { useChooseLocale } from "../data/preferences.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import { showSuccess } from "../lib/toast.js";

const tabs: { value: string; label: () => string; testId?: string }[] = [
  { value: "my-profile", label: () => t("settings.myProfile") },
  { value: "password", label: () => t("settings.password") },
  { value: "security", label: () => t("settings.security"), testId: "security-tab" },
  { value: "sessions", label: () => t("settings.sessions"), testId: "sessions-tab" },
  { value: "danger-zone", label: () => t("settings.dangerZone") },
];

/**
 * `/settings`: profile, password, security (e-mail, two-factor, passkeys, identities), sessions (with the recent
 * security activity) and account deletion tabs. `?tab=` opens a tab (a provider sends the browser back to
 * `?tab=security` after linking, with `linked=`).
 */
export default function Settings() {
  setTitle(t("title.settings"));
  const [params, setParams] = useSearchParams<{ tab?: string; linked?: string }>();
  const initialTab = tabs.some((tab) => tab.value === params.tab) ? (params.tab as string) : "my-profile";
  onMount(() => {
    if (!params.linked) return;
    showSuccess(t("identities.linked"));
    setParams({ linked: undefined }, { replace: true });
  });
  const user = useCurrentUser();
  const chooseLocale = useChooseLocale();
  return (
    <>
      <PageHeader title={t("settings.heading")} subtitle={t("settings.subtitle")} />
      <Tabs defaultValue={initialTab}>
        <Tabs.List
          class="mb-6 flex w-fit max-w-full flex-wrap gap-1 rounded-lg bg-muted p-1"
          aria-label={t("settings.tabs")}
        >
          <For each={tabs}>
            {(tab) => (
              <Tabs.Trigger
                value={tab.value}
                data-testid={tab.testId}
                class="rounded-md px-2.5 py-1 text-sm sm:px-3 font-medium text-muted-foreground data-[selected]:bg-background data-[selected]:text-foreground data-[selected]:shadow-sm focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
              >
                {tab.label()}
              </Tabs.Trigger>
            )}
          </For>
        </Tabs.List>
        <Tabs.Content value="my-profile">
          <Show when={user()}>{(me) => <ProfileForm user={me()} />}</Show>
          <LanguagePicker onChange={chooseLocale} />
        </Tabs.Content>
        <Tabs.Content value="password">
          <ChangePasswordForm />
        </Tabs.Content>
        <Tabs.Content value="security">
          <SecurityPanel />
        </Tabs.Content>
        <Tabs.Content value="sessions">
          <SessionsPanel />
          <SecurityActivity />
        </Tabs.Content>
        <Tabs.Content value="danger-zone">
          <DeleteAccount />
        </Tabs.Content>
      </Tabs>
    </>
  );
}
