import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { queryKeys } from "./query-keys.js";

/** After a change to the caller's second factors: their security activity has a new event. */
const useRefreshActivity = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.myAuditEvents });
};

/** Starts a TOTP set-up with the caller's password: the secret and the `otpauth://` URI to scan. */
export const useStartTotpSetup = () =>
  createMutation(() => ({ mutationFn: (password: string) => api.startTotpSetup({ password }) }));

/** Confirms the pending set-up with a code from the app; the answer holds the recovery codes, shown once. */
export const useConfirmTotp = () => {
  const refresh = useRefreshActivity();
  return createMutation(() => ({
    mutationFn: (code: string) => api.confirmTotp({ code }),
    onSuccess: () => {
      showSuccess(t("twoFactor.enabled"));
      void refresh();
    },
  }));
};

/** Turns two-factor authentication off with the caller's password. */
export const useDisableTotp = () => {
  const refresh = useRefreshActivity();
  return createMutation(() => ({
    mutationFn: (password: string) => api.disableTotp({ password }),
    onSuccess: () => {
      showSuccess(t("twoFactor.disabled"));
      void refresh();
    },
  }));
};

/** Replaces the recovery codes with the caller's password; the answer holds the new ones, shown once. */
export const useRegenerateRecoveryCodes = () => {
  const refresh = useRefreshActivity();
  return createMutation(() => ({
    mutationFn: (password: string) => api.regenerateRecoveryCodes({ password }),
    onSuccess: () => void refresh(),
  }));
};
