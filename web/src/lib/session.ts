const TOKEN_KEY = "access_token";

/** The bearer token kept in localStorage: present means logged in. */
export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  isLoggedIn: (): boolean => localStorage.getItem(TOKEN_KEY) !== null,
  store: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};
