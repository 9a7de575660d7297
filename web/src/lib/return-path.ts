const KEY = "return-path";

/** Remembers where to come back to once the visitor has logged in (an invitation link, for example). */
export const rememberReturnPath = (path: string): void => sessionStorage.setItem(KEY, path);

/** The remembered path (only one starting with `/`), forgotten once read. */
export const takeReturnPath = (): string | null => {
  const path = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return path?.startsWith("/") && !path.startsWith("//") ? path : null;
};
