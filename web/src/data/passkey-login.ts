import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { API_URL } from "../config.js";
import { HttpError } from "../lib/http-error.js";
import type { UserPublic } from "../lib/types.js";
import { passkeyPrompt } from "./passkey-prompt.js";

/** The WebAuthn ceremony's browser side, loaded when a passkey is used rather than with the login page. */
const signWithPasskey = async (optionsJSON: PublicKeyCredentialRequestOptionsJSON) => {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  return passkeyPrompt(() => startAuthentication({ optionsJSON }));
};

const postJson = async (path: string, body: unknown, init: RequestInit): Promise<unknown> => {
  const response = await fetch(`${API_URL}${path}`, {
    ...init,
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new HttpError(response.status, data);
  return data;
};

/**
 * Passwordless cookie login: asks for a challenge, lets the browser sign it with any passkey of this site (it offers
 * the ones it knows), and sends the assertion (`POST /login/passkey`). The server sets the session cookie.
 */
export const loginWithPasskey = async (init: RequestInit): Promise<UserPublic> => {
  const start = (await postJson("/api/v1/login/passkey/options", {}, init)) as {
    challenge_id: string;
    options: PublicKeyCredentialRequestOptionsJSON;
  };
  const response = await signWithPasskey(start.options);
  return (await postJson("/api/v1/login/passkey", { challenge_id: start.challenge_id, response }, init)) as UserPublic;
};

/**
 * The second step of a log-in with one of the account's passkeys: request options for the `mfa_token`'s user, the
 * browser signs them, and the assertion completes the log-in (`POST /login/mfa`). The server sets the session cookie.
 */
export const passkeySecondFactor = async (mfaToken: string, init: RequestInit): Promise<UserPublic> => {
  const options = (await postJson(
    "/api/v1/login/mfa/passkey-options",
    { mfa_token: mfaToken },
    init,
  )) as PublicKeyCredentialRequestOptionsJSON;
  const passkey = await signWithPasskey(options);
  return (await postJson("/api/v1/login/mfa", { mfa_token: mfaToken, passkey }, init)) as UserPublic;
};
