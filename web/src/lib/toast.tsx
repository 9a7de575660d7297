import { Toast, toaster } from "@kobalte/core/toast";
import X from "lucide-solid/icons/x";
import { errorMessage } from "./errors.js";

type Kind = "success" | "error";

const kindClass: Record<Kind, string> = {
  success: "border-l-4 border-l-success",
  error: "border-l-4 border-l-destructive-text",
};

const show = (kind: Kind, title: string, description: string): void => {
  toaster.show((props) => (
    <Toast
      toastId={props.toastId}
      data-kind={kind}
      class={`flex items-start gap-3 rounded-md border bg-card p-4 shadow-lg ${kindClass[kind]}`}
    >
      <div class="grid flex-1 gap-1">
        <Toast.Title class="text-sm font-semibold">{title}</Toast.Title>
        <Toast.Description class="text-sm text-muted-foreground">{description}</Toast.Description>
      </div>
      <Toast.CloseButton
        class="rounded-sm p-1 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
        aria-label="Close"
      >
        <X class="size-4" aria-hidden="true" />
      </Toast.CloseButton>
    </Toast>
  ));
};

/** A green `Success!` toast. */
export const showSuccess = (description: string): void => show("success", "Success!", description);

/** A red `Something went wrong!` toast whose text comes from the error (SPEC §7.1). */
export const showError = (error: unknown): void => show("error", "Something went wrong!", errorMessage(error));
