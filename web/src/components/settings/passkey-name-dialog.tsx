import { t } from "../../i18n/index.js";
import { createForm } from "../../lib/create-form.js";
import { maxLength, required } from "../../lib/validation.js";
import { DialogActions } from "../dialog-actions.js";
import { Dialog } from "../ui/dialog.js";
import { TextField } from "../ui/text-field.js";

const NAME_MAX_LENGTH = 100;

type PasskeyNameDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  initialName: string;
  pending: boolean;
  onSubmit: (name: string, done: () => void) => void;
};

const PasskeyNameForm = (props: Omit<PasskeyNameDialogProps, "open" | "title" | "description">) => {
  const close = () => props.onOpenChange(false);
  const form = createForm({
    initial: { name: props.initialName },
    rules: {
      name: [required(() => t("passkeys.nameRequired")), maxLength(NAME_MAX_LENGTH, () => t("passkeys.nameTooLong"))],
    },
    onSubmit: (values) => props.onSubmit(values.name.trim(), close),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField
        id="passkey-name"
        label={t("passkeys.name")}
        required
        placeholder={t("passkeys.namePlaceholder")}
        maxLength={NAME_MAX_LENGTH}
        testId="passkey-name-input"
        {...form.field("name")}
      />
      <DialogActions pending={props.pending} onCancel={close} />
    </form>
  );
};

/** Asks for a passkey's name: before adding one, or to rename one. */
export const PasskeyNameDialog = (props: PasskeyNameDialogProps) => (
  <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title} description={props.description}>
    <PasskeyNameForm
      onOpenChange={props.onOpenChange}
      initialName={props.initialName}
      pending={props.pending}
      onSubmit={props.onSubmit}
    />
  </Dialog>
);
