import { MutationCache, QueryCache, QueryClient } from "@tanstack/solid-query";
import { httpStatus } from "../lib/http-error.js";
import { showError } from "../lib/toast.js";
import { logOut } from "./auth.js";

/** A deployment that requires verified addresses refuses an unverified account with this 403: it stays signed in. */
const isUnverifiedRefusal = (error: unknown): boolean =>
  httpStatus(error) === 403 && (error as { data?: { detail?: unknown } }).data?.detail === "Email not verified";

const isAuthError = (error: unknown, meta?: Record<string, unknown>): boolean => {
  const status = httpStatus(error);
  // Organisation endpoints answer 403 for a missing role, not for an ended session.
  const refusal = meta?.forbiddenIsRefusal === true || isUnverifiedRefusal(error);
  return status === 401 || (status === 403 && !refusal);
};

/**
 * The app's one QueryClient: any 401/403 from a query or mutation logs out; every failed mutation shows an error
 * toast (so mutation hooks and forms need no error handling of their own).
 */
export const createAppQueryClient = (): QueryClient => {
  const logOutOnAuthError = (error: unknown, meta?: Record<string, unknown>): void => {
    // A 401 means the server no longer knows the session: asking it to end the session would only be refused again.
    if (isAuthError(error, meta)) void logOut(client, { refusedByServer: httpStatus(error) === 401 });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => logOutOnAuthError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        showError(error);
        logOutOnAuthError(error, mutation.meta);
      },
    }),
    defaultOptions: {
      // Other failed reads reach the route's error boundary (the Error page); mutations report through toasts.
      queries: { retry: false, refetchOnWindowFocus: false, throwOnError: (error) => !isAuthError(error) },
    },
  });
  return client;
};
