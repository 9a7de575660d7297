import { createSignal } from "solid-js";

export type Theme = "light" | "dark" | "system";

const STORAGE_KEY = "vite-ui-theme";
const DEFAULT_THEME: Theme = "dark";

const stored = (): Theme => {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === "light" || value === "dark" || value === "system" ? value : DEFAULT_THEME;
};

const [theme, setThemeSignal] = createSignal<Theme>(stored());

const systemDark = (): boolean => window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? true;

const apply = (value: Theme): void => {
  const resolved = value === "system" ? (systemDark() ? "dark" : "light") : value;
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  root.classList.add(resolved);
  root.style.colorScheme = resolved;
};

/** Applies the stored theme to <html> and follows the OS while the choice is "system". */
export const initTheme = (): void => {
  apply(theme());
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", () => {
    if (theme() === "system") apply("system");
  });
};

/** Chooses, applies and persists a theme (it survives logout). */
export const setTheme = (value: Theme): void => {
  localStorage.setItem(STORAGE_KEY, value);
  setThemeSignal(value);
  apply(value);
};

export { theme };
