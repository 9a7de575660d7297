import { createMutation, type QueryClient, useQueryClient } from "@tanstack/solid-query";
import type { UserPublic } from "../lib/types.js";
import { endSession, sessionConfirmed, startPasskeySession, startSession } from "./browser-session.js";
import { adoptSavedLocale } from "./preferences.js";
import { queryKeys } from "./query-keys.js";

/**
 * The one logout: ends the session first (revoking it on the server), so the guard unmounts the protected pages and
 * redirects to `/login`, then drops every cached answer so the next user sees none of them.
 */
export const logOut = async (client: QueryClient, options: { refusedByServer?: boolean } = {}): Promise<void> => {
  await endSession(options);
  client.clear();
};

/** `logOut` bound to the app's QueryClient, for components. */
export const useLogOut = () => {
  const client = useQueryClient();
  return () => logOut(client);
};

/**
 * Logs in; the answer is the current user, cached before the session counts as live so the pages the guard then
 * shows need not ask for it. Failures are reported by the mutation cache.
 */
export const useLogIn = () => useSessionStart(startSession);

/** Logs in with a passkey, as `useLogIn` does with a password. */
export const useLogInWithPasskey = () => useSessionStart(startPasskeySession);

const useSessionStart = <A>(start: (arg: A) => Promise<UserPublic>) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: start,
    onSuccess: (user: UserPublic) => {
      client.setQueryData(queryKeys.currentUser, user);
      sessionConfirmed();
      void adoptSavedLocale();
    },
  }));
};
