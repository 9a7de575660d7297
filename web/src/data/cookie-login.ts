import { API_URL } from "../config.js";
import { HttpError } from "../lib/http-error.js";
import type { UserPublic } from "../lib/types.js";

/** The password was right, and the account asks for a second factor: complete the log-in with the token. */
export interface SecondFactorChallenge {
  readonly mfaToken: string;
  readonly methods: readonly string[];
}

/** Where a password log-in ended: signed in as the user, or at the second step. */
export type LogInOutcome = { readonly user: UserPublic } | { readonly secondFactor: SecondFactorChallenge };

/** A proof of the second factor: a code from the authenticator app, or a recovery code. */
export type SecondFactorProof = { readonly code: string } | { readonly recovery_code: string };

const challengeOf = (data: unknown): SecondFactorChallenge | null => {
  if (typeof data !== "object" || data === null || !("mfa_token" in data)) return null;
  const { mfa_token: mfaToken, methods } = data as { mfa_token: unknown; methods?: unknown };
  if (typeof mfaToken !== "string") return null;
  return { mfaToken, methods: Array.isArray(methods) ? methods.map(String) : [] };
};

/**
 * Cookie login (`POST /login/session`): an urlencoded form, which the generated JSON client cannot send.
 * The server sets the HttpOnly session cookie and answers the user, or (401) asks for a second factor.
 */
export const loginSession = async (email: string, password: string, init: RequestInit): Promise<LogInOutcome> => {
  const response = await fetch(`${API_URL}/api/v1/login/session`, {
    ...init,
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({ username: email, password }),
  });
  const data: unknown = await response.json().catch(() => null);
  const secondFactor = response.status === 401 ? challengeOf(data) : null;
  if (secondFactor) return { secondFactor };
  if (!response.ok) throw new HttpError(response.status, data);
  return { user: data as UserPublic };
};

/** The second step of a cookie log-in (`POST /login/mfa`): the server sets the session cookie and answers the user. */
export const loginSecondFactor = async (
  mfaToken: string,
  proof: SecondFactorProof,
  init: RequestInit,
): Promise<UserPublic> => {
  const response = await fetch(`${API_URL}/api/v1/login/mfa`, {
    ...init,
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ mfa_token: mfaToken, ...proof }),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new HttpError(response.status, data);
  return data as UserPublic;
};
