import * as oidc from "openid-client";
import type { ProviderProfile } from "../../core/identities/identity.js";
import type { Clock } from "../../core/shared/clock.js";
import { type AuthorizationChecks, ProviderCheckFailed, type ProviderClient } from "./provider-client.js";

export interface OidcClientSettings {
  readonly name: string;
  readonly label: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Plain http issuers are allowed only for the local development provider. */
  readonly allowHttp?: boolean;
  /** Ask the provider to show its login page every time (the development provider: pick another test account). */
  readonly promptLogin?: boolean;
}

const errorOf = (callbackUrl: URL): string | null => callbackUrl.searchParams.get("error");

/**
 * Any OpenID Connect provider, found by discovery: authorization code with PKCE (S256), state and nonce; the ID
 * token's signature, issuer, audience, expiry and nonce are checked by openid-client. The clock decides expiry.
 */
export class OidcProviderClient implements ProviderClient {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(
    private readonly settings: OidcClientSettings,
    private readonly clock: Clock,
  ) {}

  get name(): string {
    return this.settings.name;
  }

  get label(): string {
    return this.settings.label;
  }

  async authorizationUrl(checks: AuthorizationChecks): Promise<URL> {
    const config = await this.discovered();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: checks.redirectUri,
      scope: "openid email profile",
      response_type: "code",
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: "S256",
      ...(this.settings.promptLogin ? { prompt: "login" } : {}),
    });
  }

  async complete(callbackUrl: URL, checks: AuthorizationChecks): Promise<ProviderProfile> {
    if (errorOf(callbackUrl) === "access_denied") throw new ProviderCheckFailed("access_denied");
    const config = await this.discovered();
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw new ProviderCheckFailed("provider_error", error);
    }
    if (!claims?.sub) throw new ProviderCheckFailed("provider_error");
    return {
      provider: this.name,
      subject: claims.sub,
      email: typeof claims.email === "string" ? claims.email : null,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === "string" ? claims.name : null,
    };
  }

  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = null;
      throw new ProviderCheckFailed("provider_unavailable", error);
    });
    return this.configuration;
  }

  private discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp } = this.settings;
    // The app's clock is the one expiry is judged by (a test's clock may run ahead of the machine's).
    const skew = Math.round((this.clock.now().getTime() - Date.now()) / 1000);
    const metadata = { client_secret: clientSecret, [oidc.clockSkew]: skew };
    const execute = allowHttp ? [oidc.allowInsecureRequests] : [];
    return oidc.discovery(new URL(issuer), clientId, metadata, undefined, { execute });
  }
}
