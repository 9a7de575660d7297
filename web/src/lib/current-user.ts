import { createQuery } from "@tanstack/solid-query";
import { api } from "./api.js";

export const CURRENT_USER_KEY = ["currentUser"] as const;

/** The logged-in user (`GET /users/me`), shared by every page through the query cache. */
export const useCurrentUser = () =>
  createQuery(() => ({ queryKey: CURRENT_USER_KEY, queryFn: () => api.readUserMe({}) }));
