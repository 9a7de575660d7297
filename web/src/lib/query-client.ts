import { MutationCache, QueryCache, QueryClient } from "@tanstack/solid-query";
import { httpStatus } from "./http-error.js";
import { navigateTo } from "./navigation.js";
import { session } from "./session.js";

const logOutOnAuthError = (error: unknown): void => {
  const status = httpStatus(error);
  if (status === 401 || status === 403) {
    session.clear();
    navigateTo("/login");
  }
};

/** The app's one QueryClient: any 401/403 from a query or mutation ends the session. */
export const createAppQueryClient = (): QueryClient =>
  new QueryClient({
    queryCache: new QueryCache({ onError: logOutOnAuthError }),
    mutationCache: new MutationCache({ onError: logOutOnAuthError }),
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
