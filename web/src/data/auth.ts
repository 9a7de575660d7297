import { createMutation, type QueryClient, useQueryClient } from "@tanstack/solid-query";
import type { UserPublic } from "../lib/types.js";
import {
  completeSession,
  completeSessionWithPasskey,
  endSession,
  sessionConfirmed,
  startPasskeySession,
  startSession,
} from "./browser-session.js";
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

/** The user is signed in: cached before the session counts as live, so the pages the guard then shows need not ask. */
const signedIn = (client: QueryClient, user: UserPublic): void => {
  client.setQueryData(queryKeys.currentUser, user);
  sessionConfirmed();
  void adoptSavedLocale();
};

/**
 * Logs in; the answer is the current user, or the second step an account with two-factor authentication asks for
 * (the caller shows it). Failures are reported by the mutation cache.
 */
export const useLogIn = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: startSession,
    onSuccess: (outcome) => {
      if ("user" in outcome) signedIn(client, outcome.user);
    },
  }));
};

/** Logs in with a passkey of this device, which needs no second step. Failures are reported by the mutation cache. */
export const useLogInWithPasskey = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: startPasskeySession,
    onSuccess: (user: UserPublic) => signedIn(client, user),
  }));
};

/** Completes a log-in at its second step with a code or a recovery code. Failures are reported by the mutation cache. */
export const useCompleteLogIn = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: completeSession,
    onSuccess: (user) => signedIn(client, user),
  }));
};

/** Completes a log-in at its second step with a passkey. Failures are reported by the mutation cache. */
export const useCompleteLogInWithPasskey = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: completeSessionWithPasskey,
    onSuccess: (user: UserPublic) => signedIn(client, user),
  }));
};
