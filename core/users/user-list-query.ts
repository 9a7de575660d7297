import type { ListQuery } from "../shared/list-query.js";

/** The user fields a list can be sorted by. */
export type UserSort = "createdAt" | "email" | "fullName";

/** Keeps only the users with these flags; an absent key keeps both values. */
export interface UserFilters {
  readonly isActive?: boolean;
  readonly isSuperuser?: boolean;
}

/** A search (e-mail or full name), sort and filter of the user list. */
export type UserListQuery = ListQuery<UserSort, UserFilters>;

/** The list without a search or filter: newest first, as the reference orders it. */
export const NEWEST_USERS_FIRST: UserListQuery = { search: null, sort: "createdAt", order: "desc", filters: {} };
