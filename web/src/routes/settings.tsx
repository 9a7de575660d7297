import { Tabs } from "@kobalte/core/tabs";
import { useSearchParams } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { PageHeader } from "../components/page-header.js";
import { ChangePasswordForm } from "../components/settings/change-password-form.js";
import { DeleteAccount } from "../components/settings/delete-account.js";
import { LanguagePicker } from "../components/settings/language-picker.js";
import { ProfileForm } from "../components/settings/profile-form.js";
import { SecurityActivity } from "../components/settings/security-activity.js";
import { SecurityPanel } from "../components/settings/security-panel.js";
import { SessionsPanel } from "../components/settings/sessions-panel.js";
import { TabBar, type TabEntry } from "../components/ui/tab-bar.js";
import { useCurrentUser } from "../data/current-user.js";
import { useChooseLocale } from "../data/preferences.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import { showSuccess } from "../lib/toast.js";

const tabs: TabEntry[] = [
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
        <TabBar tabs={tabs} label={t("settings.tabs")} />
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
