import { DropdownMenu } from "@kobalte/core/dropdown-menu";
import EllipsisVertical from "lucide-solid/icons/ellipsis-vertical";
import Pencil from "lucide-solid/icons/pencil";
import Trash from "lucide-solid/icons/trash";
import { t } from "../i18n/index.js";
import { buttonClass } from "./ui/button-class.js";
import { MenuItem, menuContentClass } from "./ui/menu.js";

/** The ghost "⋮" button of a table row with its Edit / Delete menu. */
export const RowActions = (props: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  triggerRef?: (element: HTMLButtonElement) => void;
}) => (
  <DropdownMenu placement="bottom-end">
    <DropdownMenu.Trigger
      ref={props.triggerRef}
      class={buttonClass("ghost", "icon", "size-8")}
      aria-label={t("table.actions")}
    >
      <EllipsisVertical class="size-4" aria-hidden="true" />
    </DropdownMenu.Trigger>
    <DropdownMenu.Portal>
      <DropdownMenu.Content class={menuContentClass}>
        <MenuItem onSelect={() => props.onEdit()}>
          <Pencil class="size-4" aria-hidden="true" /> {props.editLabel}
        </MenuItem>
        <MenuItem danger onSelect={() => props.onDelete()}>
          <Trash class="size-4" aria-hidden="true" /> {props.deleteLabel}
        </MenuItem>
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  </DropdownMenu>
);
