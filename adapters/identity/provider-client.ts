import type { ProviderProfile } from "../../core/identities/identity.js";

/** The secrets of one sign-in attempt, kept by the browser's pending-flow cookie between start and callback. */
export interface AuthorizationChecks {
  readonly redirectUri: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * A provider refused or failed a check; `code` is what the sign-in page is told (`provider_error`, `access_denied`).
 * The cause is logged, never shown.
 */
export class ProviderCheckFailed extends Error {
  constructor(
    readonly code: string,
    override readonly cause?: unknown,
  ) {
    super(`identity provider check failed: ${code}`);
    this.name = "ProviderCheckFailed";
  }
}

/** One configured identity provider, speaking its protocol (OpenID Connect or GitHub's OAuth 2). */
export interface ProviderClient {
  readonly name: string;
  readonly label: string;
  /** Where to send the browser to sign in. */
  authorizationUrl(checks: AuthorizationChecks): Promise<URL>;
  /**
   * The person the callback at `callbackUrl` proves, once state, PKCE, nonce, issuer, audience and expiry hold.
   * Raises ProviderCheckFailed.
   */
  complete(callbackUrl: URL, checks: AuthorizationChecks): Promise<ProviderProfile>;
}

/** The public face of a provider: the SPA draws a `Continue with <label>` button for each. */
export interface ProviderListing {
  readonly name: string;
  readonly label: string;
}
