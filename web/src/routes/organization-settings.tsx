import { Tabs } from "@kobalte/core/tabs";
import { useParams, useSearchParams } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { Show } from "solid-js";
import { GeneralPanel } from "../components/organizations/general-panel.js";
import { InvitationsSection } from "../components/organizations/invitations-section.js";
import { MembersSection } from "../components/organizations/members-section.js";
import { roleAtLeast } from "../components/organizations/role-label.js";
import { PageHeader } from "../components/page-header.js";
import { TabBar, type TabEntry } from "../components/ui/tab-bar.js";
import { organizationQuery } from "../data/organizations.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import type { OrganizationRoleName } from "../lib/types.js";

/** The tabs, each shown from the role that can use it (the server still decides every request). */
const tabs: (TabEntry & { shownFrom: OrganizationRoleName })[] = [
  { value: "general", label: () => t("orgs.general"), testId: "organization-general-tab", shownFrom: "member" },
  { value: "members", label: () => t("orgs.members"), testId: "organization-members-tab", shownFrom: "member" },
  {
    value: "invitations",
    label: () => t("orgs.invitations"),
    testId: "organization-invitations-tab",
    shownFrom: "admin",
  },
];

/**
 * `/orgs/{org_id}/settings`: General (the name; renaming and deleting for owners), Members and, for admins and
 * owners, Invitations. `?tab=` names the open tab; a tab the caller's role does not show opens General.
 */
export default function OrganizationSettings() {
  setTitle(t("orgs.settings"));
  const params = useParams<{ orgId: string }>();
  const [search, setSearch] = useSearchParams<{ tab?: string }>();
  const id = () => params.orgId;
  const organization = createQuery(() => organizationQuery(id()));
  const role = () => organization.data?.role;
  const shown = () => tabs.filter((tab) => roleAtLeast(role(), tab.shownFrom));
  const open = () => shown().find((tab) => tab.value === search.tab)?.value ?? "general";
  return (
    <>
      <PageHeader title={organization.data?.name ?? t("orgs.settings")} subtitle={t("orgs.settings")} />
      <Show when={organization.data}>
        {(current) => (
          <Tabs value={open()} onChange={(tab) => setSearch({ tab }, { replace: true, scroll: false })}>
            <TabBar tabs={shown()} label={t("orgs.settings")} />
            <Tabs.Content value="general">
              <GeneralPanel organization={current()} />
            </Tabs.Content>
            <Tabs.Content value="members" class="max-w-3xl">
              <MembersSection organizationId={current().id} myRole={current().role} />
            </Tabs.Content>
            <Show when={roleAtLeast(current().role, "admin")}>
              <Tabs.Content value="invitations" class="max-w-3xl">
                <InvitationsSection organizationId={current().id} myRole={current().role} />
              </Tabs.Content>
            </Show>
          </Tabs>
        )}
      </Show>
    </>
  );
}
