import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import type { UserPublic } from "../lib/types.js";
import { api } from "./api.js";
import { type ListView, pageFields } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";
import { type SortOrder, searchFields } from "./search-fields.js";
import { oneOf, type ViewFields } from "./view-fields.js";

export type UserSort = "created_at" | "email" | "full_name";
export type UserStatus = "true" | "false" | undefined;
export type UserRole = "superuser" | "user" | undefined;

/** What the users list shows: `/admin?q=…&sort=email&order=asc&active=true&role=superuser&page=2&size=25`. */
export type UsersView = ListView & { q: string; sort: UserSort; order: SortOrder; active: UserStatus; role: UserRole };

export const usersViewFields: ViewFields<UsersView> = {
  ...searchFields(oneOf<UserSort>(["created_at", "email", "full_name"], "created_at")),
  active: oneOf(["true", "false"], undefined),
  role: oneOf(["superuser", "user"], undefined),
  ...pageFields,
};

/** One page of all users (superusers only); the URL's filters become the API's booleans. */
export const usersQuery = ({ q, active, role, ...params }: ParamsOf<UsersView>) => {
  const query = {
    ...params,
    q: q || undefined,
    is_active: active === undefined ? undefined : active === "true",
    is_superuser: role === undefined ? undefined : role === "superuser",
  };
  return queryOptions({ queryKey: queryKeys.users.list(query), queryFn: () => api.readUsers(query) });
};

/** A user's fields as the admin dialog holds them; a blank password leaves an existing user's unchanged. */
export type UserFields = {
  email: string;
  full_name: string;
  password: string;
  is_superuser: boolean;
  is_active: boolean;
};

/** Creates a user, or changes `user` when given; refreshes the users lists and the current user (it may be them). */
export const useSaveUser = (user: () => UserPublic | undefined) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: ({ password, ...fields }: UserFields) => {
      const common = { ...fields, email: fields.email.trim(), full_name: fields.full_name || null };
      const existing = user();
      if (!existing) return api.createUser({ ...common, password });
      return api.updateUser({ user_id: existing.id, ...common, ...(password ? { password } : {}) });
    },
    onSuccess: () => showSuccess(user() ? t("users.updated") : t("users.created")),
    onSettled: () => {
      client.invalidateQueries({ queryKey: queryKeys.users.all });
      client.invalidateQueries({ queryKey: queryKeys.currentUser });
    },
  }));
};

/** Deletes a user and their items; refreshes the users lists. */
export const useDeleteUser = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (user: UserPublic) => api.deleteUser({ user_id: user.id }),
    onSuccess: () => showSuccess(t("users.deleted")),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.users.all }),
  }));
};
