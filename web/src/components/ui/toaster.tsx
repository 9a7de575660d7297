import { Toast } from "@kobalte/core/toast";
import { Portal } from "solid-js/web";

/** The live region where toasts appear (bottom right). */
export const Toaster = () => (
  <Portal>
    <Toast.Region duration={5000} limit={4} aria-label="Notifications">
      <Toast.List class="fixed right-4 bottom-4 z-[100] flex w-[360px] max-w-[calc(100vw-2rem)] flex-col gap-2 outline-none" />
    </Toast.Region>
  </Portal>
);
