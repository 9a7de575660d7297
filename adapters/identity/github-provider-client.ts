import { CodeChallengeMethod, OAuth2Client } from "arctic";
import type { ProviderProfile } from "../../core/identities/identity.js";
import { type AuthorizationChecks, ProviderCheckFailed, type ProviderClient } from "./provider-client.js";

export interface GitHubClientSettings {
  readonly label: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

interface GitHubUser {
  readonly id: number;
  readonly login: string;
  readonly name: string | null;
}

interface GitHubEmail {
  readonly email: string;
  readonly primary: boolean;
  readonly verified: boolean;
}

/** The person a GitHub account stands for: only the primary address counts, and as verified only if GitHub says so. */
export function githubProfile(user: GitHubUser, emails: readonly GitHubEmail[]): ProviderProfile {
  const primary = emails.find((email) => email.primary) ?? null;
  return {
    provider: "github",
    subject: String(user.id),
    email: primary?.email ?? null,
    emailVerified: primary?.verified === true,
    name: user.name ?? user.login,
  };
}

const API = "https://api.github.com";
const AUTHORIZE = "https://github.com/login/oauth/authorize";
const TOKEN = "https://github.com/login/oauth/access_token";
const S256 = CodeChallengeMethod.S256;

async function readJson<T>(path: string, accessToken: string): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      Accept: "application/vnd.github+json",
      "User-Agent": "aygentic",
    },
  });
  if (!response.ok) throw new Error(`GitHub ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * GitHub's OAuth 2 (no OpenID Connect, so no ID token and no nonce): authorization code with state and PKCE (S256),
 * then the account and its e-mail addresses from the REST API.
 */
export class GitHubProviderClient implements ProviderClient {
  readonly name = "github";

  constructor(private readonly settings: GitHubClientSettings) {}

  get label(): string {
    return this.settings.label;
  }

  async authorizationUrl(checks: AuthorizationChecks): Promise<URL> {
    const client = this.client(checks.redirectUri);
    const scopes = ["read:user", "user:email"];
    return client.createAuthorizationURLWithPKCE(AUTHORIZE, checks.state, S256, checks.codeVerifier, scopes);
  }

  async complete(callbackUrl: URL, checks: AuthorizationChecks): Promise<ProviderProfile> {
    const { searchParams } = callbackUrl;
    if (searchParams.get("error") === "access_denied") throw new ProviderCheckFailed("access_denied");
    const code = searchParams.get("code");
    if (!code || searchParams.get("state") !== checks.state) throw new ProviderCheckFailed("invalid_state");
    try {
      const tokens = await this.client(checks.redirectUri).validateAuthorizationCode(TOKEN, code, checks.codeVerifier);
      const accessToken = tokens.accessToken();
      const [user, emails] = await Promise.all([
        readJson<GitHubUser>("/user", accessToken),
        readJson<GitHubEmail[]>("/user/emails", accessToken),
      ]);
      return githubProfile(user, emails);
    } catch (error) {
      throw new ProviderCheckFailed("provider_error", error);
    }
  }

  private client(redirectUri: string): OAuth2Client {
    return new OAuth2Client(this.settings.clientId, this.settings.clientSecret, redirectUri);
  }
}
