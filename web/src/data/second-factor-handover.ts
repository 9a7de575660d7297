import type { SecondFactorChallenge } from "./cookie-login.js";

/**
 * The second step an identity provider's sign-in handed to the login page in the address's fragment
 * (`#mfa_token=…&methods=…`), taken out of the address at once so it stays in no history entry; null when none.
 */
export function secondFactorHandedOver(): SecondFactorChallenge | null {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const mfaToken = fragment.get("mfa_token");
  if (!mfaToken) return null;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  return { mfaToken, methods: (fragment.get("methods") ?? "").split(",").filter(Boolean) };
}
