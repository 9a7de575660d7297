import { createMutation } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";

/** Self sign-up (no toast: the page moves on to `/login`). */
export const useRegisterUser = () =>
  createMutation(() => ({
    mutationFn: (body: { full_name: string; email: string; password: string }) =>
      api.registerUser({ ...body, email: body.email.trim() }),
  }));

/** Asks for a password-reset e-mail. */
export const useRecoverPassword = () =>
  createMutation(() => ({
    mutationFn: (email: string) => api.recoverPassword({ email: email.trim() }),
    onSuccess: () => showSuccess(t("account.recoverySent")),
  }));

/** Sets a new password with the e-mailed token. */
export const useResetPassword = () =>
  createMutation(() => ({
    mutationFn: (body: { token: string; new_password: string }) => api.resetPassword(body),
    onSuccess: () => showSuccess(t("account.passwordReset")),
  }));

/** Puts back the address an e-mail change replaced, with the token mailed to that address. */
export const useRevertEmail = () =>
  createMutation(() => ({
    mutationFn: (token: string) => api.revertEmail({ token }),
  }));
