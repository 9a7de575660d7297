import { createSignal } from "solid-js";
import { API_URL } from "../config.js";
import type { UserPublic } from "../lib/types.js";
import { type LogInOutcome, loginSecondFactor, loginSession, type SecondFactorProof } from "./cookie-login.js";
import { loginWithPasskey, passkeySecondFactor } from "./passkey-login.js";

// The only module that knows how the user is authenticated: an HttpOnly session cookie that the browser sends and
// no script can read (docs/security/sessions.md). Whether it is live is known only from the server's answers.

// Older versions kept a bearer token in localStorage, where any script could read it: never use it, drop it.
localStorage.removeItem("access_token");

/** `unknown` until the server has answered (a fresh page load), then `active` or `ended`. */
export type SessionStatus = "unknown" | "active" | "ended";

const [status, setStatus] = createSignal<SessionStatus>("unknown");

/** Reactive: what is known of the session; the route guards follow it. */
export const sessionStatus = status;

/** Request options for every API call: send the session cookie, also to an API on another origin. */
export const transport: RequestInit = { credentials: "include" };

/** The server answered as the logged-in user: the session is live. */
export const sessionConfirmed = (): void => {
  setStatus("active");
};

/** The server says nobody is signed in on this browser. */
export const sessionEnded = (): void => {
  setStatus("ended");
};

/** Forgets what is known, so the guards ask the server again (as a fresh page load does). */
export const recheckSession = (): void => {
  setStatus("unknown");
};

/**
 * Logs in with e-mail and password (the server sets the cookie); resolves to the user, then call `sessionConfirmed`,
 * or to the second step an account with two-factor authentication asks for.
 */
export const startSession = (credentials: { email: string; password: string }): Promise<LogInOutcome> =>
  loginSession(credentials.email, credentials.password, transport);

/** Completes a log-in at its second step (the server sets the cookie); resolves to the user. */
export const completeSession = (step: { mfaToken: string; proof: SecondFactorProof }): Promise<UserPublic> =>
  loginSecondFactor(step.mfaToken, step.proof, transport);
/** Logs in with a passkey of this device (the server sets the cookie); resolves to the user, then call `sessionConfirmed`. */
export const startPasskeySession = (): Promise<UserPublic> => loginWithPasskey(transport);

/** Completes a log-in at its second step with a passkey of this device (the server sets the cookie). */
export const completeSessionWithPasskey = (mfaToken: string): Promise<UserPublic> =>
  passkeySecondFactor(mfaToken, transport);

/**
 * Ends the session: a live one is revoked on the server first (best effort; one the server refused, or deleted with
 * its account, needs nothing), so that a page opened right after the logout finds no valid cookie.
 */
export const endSession = async (options: { refusedByServer?: boolean } = {}): Promise<void> => {
  if (status() === "active" && !options.refusedByServer) {
    await fetch(`${API_URL}/api/v1/logout`, { ...transport, method: "POST" }).catch(() => undefined);
  }
  setStatus("ended");
};
