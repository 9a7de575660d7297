import { MutationCache, QueryCache, QueryClient } from "@tanstack/solid-query";
import { httpStatus } from "./http-error.js";
import { navigateTo } from "./navigation.js";
import { session } from "./session.js";

const isAuthError = (error: unknown): boolean => {
  const status = httpStatus(error);
  return status === 401 || status === 403;
};

/** The app's one QueryClient: any 401/403 from a query or mutation ends the session and shows the login page. */
export const createAppQueryClient = (): QueryClient => {
  const logOutOnAuthError = (error: unknown): void => {
    if (!isAuthError(error)) return;
    session.clear();
    client.clear();
    navigateTo("/login");
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: logOutOnAuthError }),
    mutationCache: new MutationCache({ onError: logOutOnAuthError }),
    defaultOptions: {
      // Other failed reads reach the route's error boundary (the Error page); mutations report through toasts.
      queries: { retry: false, refetchOnWindowFocus: false, throwOnError: (error) => !isAuthError(error) },
    },
  });
  return client;
};
