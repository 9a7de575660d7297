import { DropdownMenu } from "@kobalte/core/dropdown-menu";
import { useNavigate } from "@solidjs/router";
import ChevronsUpDown from "lucide-solid/icons/chevrons-up-down";
import LogOut from "lucide-solid/icons/log-out";
import UserCog from "lucide-solid/icons/user-cog";
import { Show } from "solid-js";
import { useLogOut } from "../data/auth.js";
import { useCurrentUser } from "../data/current-user.js";
import { t } from "../i18n/index.js";
import { MenuItem, menuContentClass } from "./ui/menu.js";

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("") || "U";

/** The sidebar's account button: avatar, name and e-mail, opening User Settings / Log Out. */
export const UserMenu = () => {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logOut = useLogOut();
  return (
    <DropdownMenu placement="top-start">
      <DropdownMenu.Trigger
        data-testid="user-menu"
        class="flex w-full items-center gap-3 rounded-md p-2 text-left hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
      >
        <span
          class="flex size-8 shrink-0 items-center justify-center rounded-full bg-muted-foreground text-sm font-medium text-background"
          aria-hidden="true"
        >
          {initials(user()?.full_name || "")}
        </span>
        <span class="grid min-w-0 flex-1 leading-tight">
          <Show when={user()?.full_name}>
            <span class="truncate text-sm font-medium">{user()?.full_name}</span>
          </Show>
          <span class="truncate text-xs text-muted-foreground">{user()?.email}</span>
        </span>
        <ChevronsUpDown class="size-4 text-muted-foreground" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class={`${menuContentClass} w-56`}>
          <MenuItem onSelect={() => navigate("/settings")}>
            <UserCog class="size-4" aria-hidden="true" /> {t("shell.userSettings")}
          </MenuItem>
          <MenuItem onSelect={logOut}>
            <LogOut class="size-4" aria-hidden="true" /> {t("shell.logOut")}
          </MenuItem>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
};
