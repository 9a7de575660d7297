import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { useCreateOrganization } from "../../data/organizations.js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";
import { Dialog } from "../ui/dialog.js";
import { TextField } from "../ui/text-field.js";

/** `New organization`: a name, then the new organisation's settings. */
export const NewOrganizationDialog = (props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated?: () => void;
}) => {
  const [name, setName] = createSignal("");
  const create = useCreateOrganization();
  const navigate = useNavigate();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (name().trim() === "") return;
    create.mutate(name().trim(), {
      onSuccess: (organization) => {
        props.onOpenChange(false);
        setName("");
        navigate(`/orgs/${organization.id}/settings`);
        props.onCreated?.();
      },
    });
  };
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={t("orgs.newOrganization")} description="">
      <form class="grid gap-4" onSubmit={submit}>
        <TextField
          id="organization-name"
          label={t("orgs.name")}
          value={name()}
          onValue={setName}
          maxLength={255}
          required
          testId="organization-name-input"
        />
        <div class="flex justify-end">
          <Button type="submit" loading={create.isPending}>
            {t("orgs.create")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
};
