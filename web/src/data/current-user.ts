import { createMutation, createQuery, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { logOut } from "./auth.js";
import { queryKeys } from "./query-keys.js";
import { settled } from "./settled.js";

/** The logged-in user (`GET /users/me`). */
export const currentUserQuery = () =>
  queryOptions({ queryKey: queryKeys.currentUser, queryFn: () => api.readUserMe({}) });

/** The logged-in user, shared by every page through the cache; undefined until it arrives (never suspends). */
export const useCurrentUser = () => {
  const query = createQuery(currentUserQuery);
  return () => settled(query);
};

/** Changes the caller's full name and/or e-mail; the cache takes the answer. */
export const useUpdateMe = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (changes: { full_name?: string; email?: string }) => api.updateUserMe(changes),
    onSuccess: (user) => {
      showSuccess(t("settings.userUpdated"));
      client.setQueryData(queryKeys.currentUser, user);
    },
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.currentUser });
      // A new address is unverified until its link is used.
      client.invalidateQueries({ queryKey: queryKeys.mySecurity });
    },
  }));
};

/** Changes the caller's password (a wrong current password comes back as a 400). */
export const useUpdatePasswordMe = () =>
  createMutation(() => ({
    mutationFn: (body: { current_password: string; new_password: string }) => api.updatePasswordMe(body),
    onSuccess: () => showSuccess(t("settings.passwordUpdated")),
  }));

/** Deletes the caller's account, then logs out. */
export const useDeleteMe = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: () => api.deleteUserMe({}),
    onSuccess: () => {
      showSuccess(t("settings.accountDeleted"));
      // The account and its sessions are gone with it.
      void logOut(client, { refusedByServer: true });
    },
  }));
};
