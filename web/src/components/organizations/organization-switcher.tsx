import { useLocation, useNavigate } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import Plus from "lucide-solid/icons/plus";
import { createSignal, For } from "solid-js";
import { myOrganizationsQuery } from "../../data/organizations.js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";
import { selectClass } from "../ui/select-class.js";
import { NewOrganizationDialog } from "./new-organization-dialog.js";

/** The organisation in the address (`/orgs/{id}/…`), if any. */
export const useCurrentOrganizationId = () => {
  const location = useLocation();
  return () => /^\/orgs\/([^/]+)/.exec(location.pathname)?.[1] ?? "";
};

/** The top of the sidebar: which organisation is open (it lives in the URL), and `New organization`. */
export const OrganizationSwitcher = (props: { onNavigate?: () => void }) => {
  const organizations = createQuery(() => ({ ...myOrganizationsQuery(), throwOnError: false }));
  const current = useCurrentOrganizationId();
  const navigate = useNavigate();
  const [creating, setCreating] = createSignal(false);
  return (
    <div class="mb-3 grid gap-2 px-2">
      <label for="organization-switcher" class="text-xs font-medium text-muted-foreground">
        {t("orgs.switcher")}
      </label>
      <select
        id="organization-switcher"
        data-testid="organization-switcher"
        class={`${selectClass} w-full`}
        value={current()}
        onChange={(event) => {
          const id = event.currentTarget.value;
          navigate(id ? `/orgs/${id}/settings` : "/");
          props.onNavigate?.();
        }}
      >
        <option value="">{t("orgs.none")}</option>
        <For each={organizations.data?.data ?? []}>
          {(organization) => (
            <option value={organization.id} selected={organization.id === current()}>
              {organization.name}
            </option>
          )}
        </For>
      </select>
      <Button variant="outline" size="sm" onClick={() => setCreating(true)} data-testid="new-organization">
        <Plus class="size-4" aria-hidden="true" />
        {t("orgs.newOrganization")}
      </Button>
      <NewOrganizationDialog open={creating()} onOpenChange={setCreating} onCreated={props.onNavigate} />
    </div>
  );
};
