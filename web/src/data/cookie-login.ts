import { API_URL } from "../config.js";
import { HttpError } from "../lib/http-error.js";
import type { UserPublic } from "../lib/types.js";

/**
 * Cookie login (`POST /login/session`): an urlencoded form, which the generated JSON client cannot send.
 * The server sets the HttpOnly session cookie; the answer is the logged-in user.
 */
export const loginSession = async (email: string, password: string, init: RequestInit): Promise<UserPublic> => {
  const response = await fetch(`${API_URL}/api/v1/login/session`, {
    ...init,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({ username: email, password }),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new HttpError(response.status, data);
  return data as UserPublic;
};
