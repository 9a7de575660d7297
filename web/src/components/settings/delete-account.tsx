import { createSignal } from "solid-js";
import { useDeleteMe } from "../../data/current-user.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Button } from "../ui/button.js";

/** Settings › Danger zone: deletes the caller's account after confirmation, then logs out. */
export const DeleteAccount = () => {
  const [confirming, setConfirming] = createSignal(false);
  const remove = useDeleteMe();
  return (
    <section class="max-w-md" aria-labelledby="danger-heading">
      <h2 id="danger-heading" class="mb-1 text-lg font-semibold">
        Delete Account
      </h2>
      <p class="mb-4 text-muted-foreground">Permanently delete your account and all associated data.</p>
      <Button variant="destructive" onClick={() => setConfirming(true)}>
        Delete Account
      </Button>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title="Confirmation Required"
        description={
          <>
            All your account data will be <strong>permanently deleted.</strong> If you are sure, please click{" "}
            <strong>"Confirm"</strong> to proceed. This action cannot be undone.
          </>
        }
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </section>
  );
};
