import Monitor from "lucide-solid/icons/monitor";
import Moon from "lucide-solid/icons/moon";
import Sun from "lucide-solid/icons/sun";
import { createSignal, createUniqueId, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { t } from "../i18n/index.js";
import { setTheme, type Theme, theme } from "../lib/theme.js";
import { buttonClass } from "./ui/button-class.js";
import { menuContentClass, menuItemClass } from "./ui/menu-classes.js";

// A hand-written WAI-ARIA menu button instead of Kobalte's: the login page loads this, and it must stay light.
const choices: { value: Theme; label: () => string; testId?: string; icon: () => JSX.Element }[] = [
  {
    value: "light",
    label: () => t("theme.light"),
    testId: "light-mode",
    icon: () => <Sun class="size-4" aria-hidden="true" />,
  },
  {
    value: "dark",
    label: () => t("theme.dark"),
    testId: "dark-mode",
    icon: () => <Moon class="size-4" aria-hidden="true" />,
  },
  { value: "system", label: () => t("theme.system"), icon: () => <Monitor class="size-4" aria-hidden="true" /> },
];

const ThemeIcon = () => (
  <Show when={theme() === "light"} fallback={<Moon class="size-4" aria-hidden="true" />}>
    <Sun class="size-4" aria-hidden="true" />
  </Show>
);

const MenuList = (props: { id: string; labelledBy: string; class: string; onClose: (refocus: boolean) => void }) => {
  let list!: HTMLDivElement;
  const items = () => [...list.querySelectorAll<HTMLElement>("[role='menuitem']")];
  const move = (delta: number) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    all[(index + delta + all.length) % all.length]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => items()[0]?.focus(),
      End: () => items().at(-1)?.focus(),
      Escape: () => props.onClose(true),
      Tab: () => props.onClose(false),
    };
    const action = actions[event.key];
    if (!action) return;
    if (event.key !== "Tab") event.preventDefault();
    action();
  };
  const onOutside = (event: PointerEvent) => {
    const trigger = document.getElementById(props.labelledBy);
    const target = event.target as Node;
    if (!list.contains(target) && !trigger?.contains(target)) props.onClose(false);
  };
  onMount(() => {
    items()[0]?.focus();
    document.addEventListener("pointerdown", onOutside);
  });
  onCleanup(() => document.removeEventListener("pointerdown", onOutside));
  return (
    <div
      ref={list}
      id={props.id}
      role="menu"
      aria-labelledby={props.labelledBy}
      class={`${menuContentClass} absolute ${props.class}`}
      onKeyDown={onKeyDown}
    >
      <For each={choices}>
        {(choice) => (
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            data-testid={choice.testId}
            class={`${menuItemClass} w-full focus:bg-accent`}
            onClick={() => {
              setTheme(choice.value);
              props.onClose(true);
            }}
          >
            {choice.icon()} {choice.label()}
          </button>
        )}
      </For>
    </div>
  );
};

/** Light/Dark/System chooser: an icon button (auth pages) or the sidebar's "Appearance" row. */
export const ThemeMenu = (props: { variant: "icon" | "sidebar" }) => {
  const [open, setOpen] = createSignal(false);
  const triggerId = createUniqueId();
  const menuId = createUniqueId();
  let trigger!: HTMLButtonElement;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.focus();
  };
  return (
    <div class="relative">
      <button
        ref={trigger}
        id={triggerId}
        type="button"
        data-testid="theme-button"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? menuId : undefined}
        class={
          props.variant === "icon"
            ? buttonClass("outline", "icon")
            : `${buttonClass("ghost", "default")} w-full justify-start px-2 font-normal`
        }
        onClick={() => setOpen(!open())}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <ThemeIcon />
        <Show when={props.variant === "sidebar"} fallback={<span class="sr-only">{t("theme.toggle")}</span>}>
          <span>{t("theme.appearance")}</span>
        </Show>
      </button>
      <Show when={open()}>
        <MenuList
          id={menuId}
          labelledBy={triggerId}
          class={props.variant === "icon" ? "top-full right-0 mt-2" : "bottom-full left-0 mb-2"}
          onClose={close}
        />
      </Show>
    </div>
  );
};
