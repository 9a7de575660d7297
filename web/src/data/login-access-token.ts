import type { components } from "../api/schema.js";
import { API_URL } from "../config.js";
import { HttpError } from "../lib/http-error.js";

type Token = components["schemas"]["Token"];

/** OAuth2 password-form login (urlencoded, which the generated JSON client cannot send); resolves to the token. */
export const loginAccessToken = async (email: string, password: string): Promise<Token> => {
  const response = await fetch(`${API_URL}/api/v1/login/access-token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({ username: email, password }),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new HttpError(response.status, data);
  return data as Token;
};
