import { useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { useDeleteOrganization, useRenameOrganization } from "../../data/organizations.js";
import { t } from "../../i18n/index.js";
import type { OrganizationPublic } from "../../lib/types.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Button } from "../ui/button.js";
import { TextField } from "../ui/text-field.js";
import { roleLabel } from "./role-label.js";

/** Organization settings › General: the name (owners rename it) and, for owners, deleting in a danger zone. */
export const GeneralPanel = (props: { organization: OrganizationPublic }) => {
  const id = () => props.organization.id;
  const rename = useRenameOrganization(id);
  const remove = useDeleteOrganization(id);
  const navigate = useNavigate();
  const [name, setName] = createSignal("");
  const [deleting, setDeleting] = createSignal(false);
  createEffect(() => setName(props.organization.name));
  const isOwner = () => props.organization.role === "owner";
  return (
    <div class="grid max-w-xl gap-8">
      <section class="grid gap-3" aria-labelledby="general-heading">
        <h2 id="general-heading" class="text-lg font-semibold">
          {t("orgs.general")}
        </h2>
        <p class="text-sm text-muted-foreground" data-testid="my-organization-role">
          {t("orgs.yourRole", { role: roleLabel(props.organization.role) })}
        </p>
        <Show
          when={isOwner()}
          fallback={
            <>
              <div class="grid gap-1">
                <p class="text-sm font-medium">{t("orgs.name")}</p>
                <p class="break-words" data-testid="organization-name">
                  {props.organization.name}
                </p>
              </div>
              <p class="text-sm text-muted-foreground">{t("orgs.ownerOnly")}</p>
            </>
          }
        >
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
        </Show>
      </section>
      <Show when={isOwner()}>
        <section
          class="grid gap-2 rounded-md border border-destructive-text p-4"
          aria-labelledby="organization-danger-heading"
        >
          <h2 id="organization-danger-heading" class="text-lg font-semibold text-destructive-text">
            {t("orgs.dangerZone")}
          </h2>
          <p class="text-sm">{t("orgs.deleteConfirm")}</p>
          <div>
            <Button variant="destructive" onClick={() => setDeleting(true)}>
              {t("orgs.deleteOrganization")}
            </Button>
          </div>
        </section>
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
};
