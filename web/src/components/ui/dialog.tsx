import { Dialog as KDialog } from "@kobalte/core/dialog";
import X from "lucide-solid/icons/x";
import type { JSX } from "solid-js";
import { t } from "../../i18n/index.js";

type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: JSX.Element;
  /** Where focus goes back on close when the dialog was not opened from the focused element (e.g. a menu item). */
  returnFocus?: () => HTMLElement | undefined;
  /** `center` (the default): a box in the middle; `right`: a full-height drawer along the right edge. */
  placement?: "center" | "right";
  children: JSX.Element;
};

const placements = {
  center: {
    frame: "fixed inset-0 z-50 flex items-center justify-center p-4",
    content: "max-h-[calc(100vh-2rem)] max-w-md rounded-lg border",
  },
  right: {
    frame: "fixed inset-y-0 right-0 z-50 flex w-full justify-end sm:max-w-xl",
    content: "h-full content-start border-l",
  },
};

/**
 * A modal dialog: focus trapped and returned on close, the page behind hidden from assistive tech, the first field
 * focused on open (the close button comes last in the DOM for that reason).
 */
export const Dialog = (props: DialogProps) => {
  let openedFrom: HTMLElement | null = null;
  const restoreFocus = (event: Event) => {
    const target = props.returnFocus?.() ?? openedFrom;
    if (!target?.isConnected) return;
    event.preventDefault();
    target.focus();
  };
  const placement = () => placements[props.placement ?? "center"];
  return (
    <KDialog open={props.open} onOpenChange={props.onOpenChange} modal>
      <KDialog.Portal>
        <KDialog.Overlay class="fixed inset-0 z-50 bg-overlay" />
        <div class={placement().frame}>
          <KDialog.Content
            onOpenAutoFocus={() => {
              openedFrom = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            }}
            onCloseAutoFocus={restoreFocus}
            class={`relative grid w-full gap-4 overflow-y-auto bg-card p-6 shadow-lg outline-none ${placement().content}`}
          >
            <div class="grid gap-1.5 pr-6">
              <KDialog.Title class="text-lg font-semibold">{props.title}</KDialog.Title>
              <KDialog.Description class="text-sm text-muted-foreground">{props.description}</KDialog.Description>
            </div>
            {props.children}
            <KDialog.CloseButton
              class="absolute top-4 right-4 rounded-sm p-1 text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
              aria-label={t("shell.close")}
            >
              <X class="size-4" aria-hidden="true" />
            </KDialog.CloseButton>
          </KDialog.Content>
        </div>
      </KDialog.Portal>
    </KDialog>
  );
};
