import { createMutation, createQuery, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import { api } from "./api.js";
import { queryKeys } from "./query-keys.js";
import { settled } from "./settled.js";

/** How the caller's account is protected (`GET /users/me/security`). */
export const mySecurityQuery = () =>
  queryOptions({ queryKey: queryKeys.mySecurity, queryFn: () => api.readMySecurity({}) });

/** The caller's security overview through the cache; undefined until it arrives (never suspends). */
export const useMySecurity = () => {
  const query = createQuery(mySecurityQuery);
  return () => settled(query);
};

/**
 * True once the server has said the caller's address is unverified; false while unknown or when the overview
 * cannot be read, so a reminder never stands in the way of a page.
 */
export const useEmailUnverified = () => {
  const query = createQuery(() => ({ ...mySecurityQuery(), throwOnError: false, retry: false }));
  return () => query.isSuccess && query.data?.email_verified === false;
};

/** Mails the caller a new verification link (the earlier one stops working). */
export const useResendVerification = () =>
  createMutation(() => ({
    mutationFn: () => api.sendVerificationEmail({}),
    onSuccess: () => showSuccess(t("verifyEmail.sent")),
  }));

/** Proves an address with the e-mailed token; the security overview then reads it as verified. */
export const useVerifyEmail = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (token: string) => api.verifyEmail({ token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.mySecurity }),
  }));
};
