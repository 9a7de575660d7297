import { apiRules } from "../api/rules.js";
import { useSaveItem } from "../data/items.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import type { ItemPublic } from "../lib/types.js";
import { required } from "../lib/validation.js";
import { DialogActions } from "./dialog-actions.js";
import { Dialog } from "./ui/dialog.js";
import { TextField } from "./ui/text-field.js";

type ItemFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus?: () => HTMLElement | undefined;
  /** The item to edit; absent to add a new one. */
  item?: ItemPublic;
};

const ItemForm = (props: { item?: ItemPublic; onDone: () => void }) => {
  const save = useSaveItem(() => props.item);
  const form = createForm({
    initial: {
      title: props.item?.title ?? "",
      description: props.item?.description ?? "",
    },
    rules: { title: [required(() => t("items.titleRequired"))] },
    onSubmit: (values) => save.mutate(values, { onSuccess: props.onDone }),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField
        id="item-title"
        label={t("items.title")}
        required
        placeholder={t("items.title")}
        maxLength={apiRules.itemTitle.maxLength}
        {...form.field("title")}
      />
      <TextField
        id="item-description"
        label={t("items.description")}
        placeholder={t("items.description")}
        maxLength={apiRules.itemDescription.maxLength}
        {...form.field("description")}
      />
      <DialogActions pending={save.isPending} onCancel={props.onDone} />
    </form>
  );
};

/** Add Item / Edit Item dialog. */
export const ItemFormDialog = (props: ItemFormDialogProps) => (
  <Dialog
    open={props.open}
    onOpenChange={props.onOpenChange}
    returnFocus={props.returnFocus}
    title={props.item ? t("items.edit") : t("items.add")}
    description={props.item ? t("items.editText") : t("items.addText")}
  >
    <ItemForm item={props.item} onDone={() => props.onOpenChange(false)} />
  </Dialog>
);
