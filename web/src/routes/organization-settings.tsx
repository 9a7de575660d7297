import { useNavigate, useParams } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { createEffect, createSignal, Show } from "solid-js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { InvitationsSection } from "../components/organizations/invitations-section.js";
import { MembersSection } from "../components/organizations/members-section.js";
import { roleAtLeast } from "../components/organizations/role-label.js";
import { PageHeader } from "../components/page-header.js";
import { Button } from "../components/ui/button.js";
import { TextField } from "../components/ui/text-field.js";
import { organizationQuery, useDeleteOrganization, useRenameOrganization } from "../data/organizations.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";

/** `/orgs/{org_id}/settings`: General (rename, delete in a danger zone), Members and Invitations. */
export default function OrganizationSettings() {
  setTitle(t("orgs.settings"));
  const params = useParams<{ orgId: string }>();
  const id = () => params.orgId;
  const organization = createQuery(() => organizationQuery(id()));
  const rename = useRenameOrganization(id);
  const remove = useDeleteOrganization(id);
  const navigate = useNavigate();
  const [name, setName] = createSignal("");
  const [deleting, setDeleting] = createSignal(false);
  createEffect(() => setName(organization.data?.name ?? ""));
  const role = () => organization.data?.role;
  return (
    <div class="grid max-w-3xl gap-8">
      <PageHeader title={organization.data?.name ?? t("orgs.settings")} subtitle={t("orgs.settings")} />
      <Show when={organization.data}>
        <section class="grid gap-3" aria-labelledby="general-heading">
          <h2 id="general-heading" class="text-lg font-semibold">
            {t("orgs.general")}
          </h2>
          <Show when={role() === "owner"} fallback={<p class="text-sm">{organization.data?.name}</p>}>
            <form
              class="flex flex-wrap items-end gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                if (name().trim() !== "") rename.mutate(name().trim());
              }}
            >
              <div class="min-w-48 flex-1">
                <TextField
                  id="organization-rename"
                  label={t("orgs.name")}
                  value={name()}
                  onValue={setName}
                  maxLength={255}
                />
              </div>
              <Button type="submit" variant="outline" loading={rename.isPending}>
                {t("orgs.rename")}
              </Button>
            </form>
            <div class="grid gap-2 rounded-md border border-destructive-text p-4">
              <h3 class="font-semibold text-destructive-text">{t("orgs.dangerZone")}</h3>
              <p class="text-sm">{t("orgs.deleteConfirm")}</p>
              <div>
                <Button variant="destructive" onClick={() => setDeleting(true)}>
                  {t("orgs.deleteOrganization")}
                </Button>
              </div>
            </div>
          </Show>
        </section>
        <MembersSection organizationId={id()} myRole={role() ?? "member"} />
        <Show when={roleAtLeast(role(), "admin")}>
          <InvitationsSection organizationId={id()} myRole={role() ?? "member"} />
        </Show>
        <ConfirmDialog
          open={deleting()}
          onOpenChange={setDeleting}
          title={t("orgs.deleteOrganization")}
          description={t("orgs.deleteConfirm")}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate("/") })}
        />
      </Show>
    </div>
  );
}
