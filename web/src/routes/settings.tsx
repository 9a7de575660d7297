import { Tabs } from "@kobalte/core/tabs";
import { For, Show } from "solid-js";
import { PageHeader } from "../components/page-header.js";
import { ChangePasswordForm } from "../components/settings/change-password-form.js";
import { DeleteAccount } from "../components/settings/delete-account.js";
import { ProfileForm } from "../components/settings/profile-form.js";
import { SecurityActivity } from "../components/settings/security-activity.js";
import { SessionsPanel } from "../components/settings/sessions-panel.js";
import { useCurrentUser } from "../data/current-user.js";
import { setTitle } from "../lib/title.js";

const tabs: { value: string; label: string; testId?: string }[] = [
  { value: "my-profile", label: "My profile" },
  { value: "password", label: "Password" },
  { value: "sessions", label: "Sessions", testId: "sessions-tab" },
  { value: "danger-zone", label: "Danger zone" },
];

/** `/settings`: profile, password, sessions (with the recent security activity) and account deletion tabs. */
export default function Settings() {
  setTitle("Settings");
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="User Settings" subtitle="Manage your account settings and preferences" />
      <Tabs defaultValue="my-profile">
        <Tabs.List class="mb-6 flex w-fit max-w-full flex-wrap gap-1 rounded-lg bg-muted p-1" aria-label="Settings">
          <For each={tabs}>
            {(tab) => (
              <Tabs.Trigger
                value={tab.value}
                data-testid={tab.testId}
                class="rounded-md px-2.5 py-1 text-sm sm:px-3 font-medium text-muted-foreground data-[selected]:bg-background data-[selected]:text-foreground data-[selected]:shadow-sm focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
              >
                {tab.label}
              </Tabs.Trigger>
            )}
          </For>
        </Tabs.List>
        <Tabs.Content value="my-profile">
          <Show when={user()}>{(me) => <ProfileForm user={me()} />}</Show>
        </Tabs.Content>
        <Tabs.Content value="password">
          <ChangePasswordForm />
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
