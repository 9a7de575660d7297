import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { passkeyPrompt } from "./passkey-prompt.js";
import { queryKeys } from "./query-keys.js";

/** The caller's passkeys, oldest first. */
export const myPasskeysQuery = () =>
  queryOptions({ queryKey: queryKeys.myPasskeys, queryFn: () => api.readMyPasskeys({}) });

const usePasskeysMutation = <A>(change: (arg: A) => Promise<unknown>, success: () => string) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: change,
    onSuccess: () => showSuccess(success()),
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.myPasskeys });
      client.invalidateQueries({ queryKey: queryKeys.myAuditEvents });
    },
  }));
};

/** Creates a passkey on this device (the browser asks for the fingerprint, face or screen lock) and stores it. */
export const useAddPasskey = () =>
  usePasskeysMutation(
    async (name: string) => {
      const options = await api.createPasskeyOptions({});
      const optionsJSON = options as unknown as PublicKeyCredentialCreationOptionsJSON;
      const { startRegistration } = await import("@simplewebauthn/browser");
      const response = await passkeyPrompt(() => startRegistration({ optionsJSON }));
      return api.addPasskey({ name, response: { ...response } });
    },
    () => t("passkeys.added"),
  );

export const useRenamePasskey = () =>
  usePasskeysMutation(
    ({ id, name }: { id: string; name: string }) => api.renameMyPasskey({ passkey_id: id, name }),
    () => t("passkeys.renamed"),
  );

export const useRemovePasskey = () =>
  usePasskeysMutation(
    (id: string) => api.removeMyPasskey({ passkey_id: id }),
    () => t("passkeys.removed"),
  );
