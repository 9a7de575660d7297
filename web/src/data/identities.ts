import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { API_URL } from "../config.js";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { queryKeys } from "./query-keys.js";

/** The identity providers one can sign in with; they change only with the server's configuration. */
export const identityProvidersQuery = () =>
  queryOptions({
    queryKey: queryKeys.identityProviders,
    queryFn: () => api.readIdentityProviders({}),
    staleTime: Number.POSITIVE_INFINITY,
    // Only buttons depend on it: a page without them still works, so a failure never reaches the error page.
    throwOnError: false,
  });

/** The caller's linked identities, oldest first. */
export const myIdentitiesQuery = () =>
  queryOptions({ queryKey: queryKeys.myIdentities, queryFn: () => api.readMyIdentities({}) });

/** Where the browser goes to sign in with `provider` (a full-page navigation: the provider's page comes next). */
export const signInUrl = (provider: string): string => `${API_URL}/api/v1/login/oidc/${encodeURIComponent(provider)}`;

/** Where the browser goes to link an identity of `provider` to the signed-in user. */
export const linkUrl = (provider: string): string =>
  `${API_URL}/api/v1/users/me/identities/${encodeURIComponent(provider)}/link`;

/** Unlinks one of the caller's identities; refreshes the list and the security activity. */
export const useUnlinkIdentity = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (identityId: string) => api.unlinkMyIdentity({ identity_id: identityId }),
    onSuccess: () => showSuccess(t("identities.unlinked")),
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.myIdentities });
      client.invalidateQueries({ queryKey: queryKeys.myAuditEvents });
    },
  }));
};
