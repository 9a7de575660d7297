import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { queryKeys } from "./query-keys.js";

/** The caller's live sessions, most recently used first (the current one is flagged `current`). */
export const mySessionsQuery = () =>
  queryOptions({ queryKey: queryKeys.mySessions, queryFn: () => api.readMySessions({}) });

const useSessionsMutation = <A>(revoke: (arg: A) => Promise<unknown>, success: () => string) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: revoke,
    onSuccess: () => showSuccess(success()),
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.mySessions });
      client.invalidateQueries({ queryKey: queryKeys.myAuditEvents });
    },
  }));
};

/** Signs one of the caller's other sessions out; refreshes the list and the security activity. */
export const useRevokeSession = () =>
  useSessionsMutation(
    (sessionId: string) => api.revokeMySession({ session_id: sessionId }),
    () => t("sessions.signedOut"),
  );

/** Signs every session but this one out; refreshes the list and the security activity. */
export const useRevokeOtherSessions = () =>
  useSessionsMutation(
    () => api.revokeMyOtherSessions({}),
    () => t("sessions.signedOutOthers"),
  );
