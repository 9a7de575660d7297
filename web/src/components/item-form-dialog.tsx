import { apiRules } from "../api/rules.js";
import { useSaveItem } from "../data/items.js";
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
    rules: { title: [required("Title is required")] },
    onSubmit: (values) => save.mutate(values, { onSuccess: props.onDone }),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField
        id="item-title"
        label="Title"
        required
        placeholder="Title"
        maxLength={apiRules.itemTitle.maxLength}
        {...form.field("title")}
      />
      <TextField
        id="item-description"
        label="Description"
        placeholder="Description"
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
    title={props.item ? "Edit Item" : "Add Item"}
    description={props.item ? "Update the item details below." : "Fill in the details to add a new item."}
  >
    <ItemForm item={props.item} onDone={() => props.onOpenChange(false)} />
  </Dialog>
);
