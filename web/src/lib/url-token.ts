import { useLocation, useNavigate, useSearchParams } from "@solidjs/router";
import { onMount } from "solid-js";

/**
 * The `?token=` of an e-mailed link, read once; the address then loses it (a history replace, not a new entry), so
 * the secret does not linger in the address bar, the browser history or a later Referer.
 */
export function useUrlToken(): string {
  const [params] = useSearchParams<{ token?: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  const token = typeof params.token === "string" ? params.token : "";
  onMount(() => {
    if (token !== "") navigate(location.pathname, { replace: true, scroll: false });
  });
  return token;
}
