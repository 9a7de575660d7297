import { createSignal } from "solid-js";
import { useDeleteMe } from "../../data/current-user.js";
import { t } from "../../i18n/index.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Emphasized } from "../emphasized.js";
import { Button } from "../ui/button.js";

/** Settings › Danger zone: deletes the caller's account after confirmation, then logs out. */
export const DeleteAccount = () => {
  const [confirming, setConfirming] = createSignal(false);
  const remove = useDeleteMe();
  return (
    <section class="max-w-md" aria-labelledby="danger-heading">
      <h2 id="danger-heading" class="mb-1 text-lg font-semibold">
        {t("settings.deleteAccount")}
      </h2>
      <p class="mb-4 text-muted-foreground">{t("settings.deleteAccountText")}</p>
      <Button variant="destructive" onClick={() => setConfirming(true)}>
        {t("settings.deleteAccount")}
      </Button>
      <ConfirmDialog
        open={confirming()}
        onOpenChange={setConfirming}
        title={t("settings.confirmationRequired")}
        description={
          <Emphasized
            text={(emphasis) => t("settings.deleteAccountConfirm", { emphasis })}
            emphasis={t("settings.deleteAccountEmphasis")}
          />
        }
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
    </section>
  );
};
