import { createSignal } from "solid-js";
import { t } from "../i18n/index.js";
import { errorMessage } from "./errors.js";

export type ToastKind = "success" | "error";
export type ToastMessage = { id: number; kind: ToastKind; title: string; description: string };

const DURATION_MS = 5000;
const LIMIT = 4;

const [toasts, setToasts] = createSignal<ToastMessage[]>([]);
const timers = new Map<number, ReturnType<typeof setTimeout>>();
let nextId = 1;

/** Removes a toast now. */
export const dismissToast = (id: number): void => {
  clearTimeout(timers.get(id));
  timers.delete(id);
  setToasts((list) => list.filter((toast) => toast.id !== id));
};

/** Stops a toast's countdown while the user hovers or focuses it. */
export const pauseToast = (id: number): void => {
  clearTimeout(timers.get(id));
  timers.delete(id);
};

/** (Re)starts a toast's countdown. */
export const resumeToast = (id: number): void => {
  pauseToast(id);
  timers.set(
    id,
    setTimeout(() => dismissToast(id), DURATION_MS),
  );
};

const show = (kind: ToastKind, title: string, description: string): void => {
  const id = nextId++;
  const next = [...toasts(), { id, kind, title, description }];
  for (const old of next.slice(0, -LIMIT)) pauseToast(old.id);
  setToasts(next.slice(-LIMIT));
  resumeToast(id);
};

export { toasts };

/** A green `Success!` toast. */
export const showSuccess = (description: string): void => show("success", t("toast.success"), description);

/** A red `Something went wrong!` toast whose text comes from the error. */
export const showError = (error: unknown): void => show("error", t("toast.failure"), errorMessage(error));
