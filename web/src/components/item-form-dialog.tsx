import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { api } from "../lib/api.js";
import { createForm } from "../lib/create-form.js";
import { showError, showSuccess } from "../lib/toast.js";
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
  const queryClient = useQueryClient();
  const save = createMutation(() => ({
    mutationFn: (values: { title: string; description: string }) => {
      const body = { title: values.title, description: values.description || null };
      return props.item ? api.updateItem({ id: props.item.id, ...body }) : api.createItem(body);
    },
    onSuccess: () => {
      showSuccess(props.item ? "Item updated successfully" : "Item created successfully");
      props.onDone();
    },
    onError: showError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["items"] }),
  }));
  const form = createForm({
    initial: { title: props.item?.title ?? "", description: props.item?.description ?? "" },
    rules: { title: [required("Title is required")] },
    onSubmit: (values) => save.mutateAsync(values).catch(() => undefined),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
      <TextField id="item-title" label="Title" required placeholder="Title" maxLength={255} {...form.field("title")} />
      <TextField
        id="item-description"
        label="Description"
        placeholder="Description"
        maxLength={255}
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
