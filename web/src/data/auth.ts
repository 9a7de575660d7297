import { createMutation, type QueryClient, useQueryClient } from "@tanstack/solid-query";
import { endSession, startSession } from "./session.js";

/**
 * The one logout: ends the session first, so the guard unmounts the protected pages and redirects to `/login`, then
 * drops every cached answer so the next user sees none of them.
 */
export const logOut = (client: QueryClient): void => {
  endSession();
  client.clear();
};

/** `logOut` bound to the app's QueryClient, for components. */
export const useLogOut = () => {
  const client = useQueryClient();
  return () => logOut(client);
};

/** Logs in (`startSession`); failures are reported by the mutation cache. */
export const useLogIn = () => createMutation(() => ({ mutationFn: startSession }));
