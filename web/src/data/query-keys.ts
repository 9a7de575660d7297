import type { PageParams } from "./paged-query.js";

/**
 * Every query key of the app, defined once. A resource's `all` is the prefix of its lists, so invalidating it
 * refreshes every page and view of that list.
 */
export const queryKeys = {
  currentUser: ["currentUser"] as const,
  mySessions: ["mySessions"] as const,
  users: {
    all: ["users"] as const,
    list: (params: PageParams) => ["users", params] as const,
  },
  items: {
    all: ["items"] as const,
    list: (params: PageParams) => ["items", params] as const,
  },
};
