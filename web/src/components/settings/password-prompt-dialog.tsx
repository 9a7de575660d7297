import { createEffect, createSignal } from "solid-js";
import { t } from "../../i18n/index.js";
import { PasswordInput } from "../password-input.js";
import { Button } from "../ui/button.js";
import { Dialog } from "../ui/dialog.js";

type PasswordPromptDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (password: string) => void;
};

/** Asks for the current password before a change to how the account signs in; a wrong one comes back as a toast. */
export const PasswordPromptDialog = (props: PasswordPromptDialogProps) => {
  const [password, setPassword] = createSignal("");
  createEffect(() => {
    if (!props.open) setPassword("");
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (password() !== "") props.onSubmit(password());
  };
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title} description={props.description}>
      <form class="grid gap-4" noValidate onSubmit={submit}>
        <PasswordInput
          id="confirm-current-password"
          label={t("settings.currentPassword")}
          testId="confirm-password-input"
          value={password()}
          onValue={setPassword}
        />
        <div class="flex justify-end gap-2">
          <Button variant="outline" onClick={() => props.onOpenChange(false)}>
            {t("twoFactor.cancel")}
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
};
