import type { Middleware } from "openapi-typescript-fetch";
import { createSignal } from "solid-js";
import { loginAccessToken } from "./login-access-token.js";

// The only module that knows how the user is authenticated: a bearer token kept in localStorage (SPEC §7.1).
const TOKEN_KEY = "access_token";

const [token, setToken] = createSignal(localStorage.getItem(TOKEN_KEY));

// Another tab logging in or out changes the same storage: follow it.
window.addEventListener("storage", (event) => {
  if (event.key === TOKEN_KEY || event.key === null) setToken(localStorage.getItem(TOKEN_KEY));
});

/** Reactive: whether there is a session; the route guards follow it. */
export const isLoggedIn = (): boolean => token() !== null;

/** The API client's middleware that authenticates each request (the token is read on every request). */
export const authenticate: Middleware = (url, init, next) => {
  const current = localStorage.getItem(TOKEN_KEY);
  if (current) init.headers.set("Authorization", `Bearer ${current}`);
  return next(url, init);
};

/** Logs in with e-mail and password and starts the session; the auth layout then moves on to `/`. */
export const startSession = async (credentials: { email: string; password: string }): Promise<void> => {
  const { access_token } = await loginAccessToken(credentials.email, credentials.password);
  localStorage.setItem(TOKEN_KEY, access_token);
  setToken(access_token);
};

/** Forgets the session; the app layout then shows the login page. */
export const endSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  setToken(null);
};
