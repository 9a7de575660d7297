import { DropdownMenu } from "@kobalte/core/dropdown-menu";
import type { JSX } from "solid-js";
import { menuItemClass } from "./menu-classes.js";

export { menuContentClass } from "./menu-classes.js";

/** A dropdown menu item with the kit's styles. */
export const MenuItem = (props: { onSelect: () => void; children: JSX.Element; testId?: string; danger?: boolean }) => (
  <DropdownMenu.Item
    class={`${menuItemClass} ${props.danger ? "text-destructive-text" : ""}`}
    onSelect={() => props.onSelect()}
    data-testid={props.testId}
  >
    {props.children}
  </DropdownMenu.Item>
);
