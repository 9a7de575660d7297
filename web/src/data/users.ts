import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { showSuccess } from "../lib/toast.js";
import type { UserPublic } from "../lib/types.js";
import { api } from "./api.js";
import type { ListView } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";

/** The users list's view (search, sort and the active/role filters join it with SPEC §10). */
export type UsersView = ListView;

/** One page of all users (superusers only). */
export const usersQuery = (params: ParamsOf<UsersView>) =>
  queryOptions({ queryKey: queryKeys.users.list(params), queryFn: () => api.readUsers(params) });

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
    onSuccess: () => showSuccess(user() ? "User updated successfully" : "User created successfully"),
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
    onSuccess: () => showSuccess("The user was deleted successfully"),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.users.all }),
  }));
};
