/** One identity provider the app offers: an OpenID Connect issuer found by discovery, or GitHub's OAuth 2. */
export type ProviderSettings =
  | {
      readonly kind: "oidc";
      readonly name: string;
      readonly label: string;
      readonly issuer: string;
      readonly clientId: string;
      readonly clientSecret: string;
    }
  | {
      readonly kind: "github";
      readonly name: "github";
      readonly label: string;
      readonly clientId: string;
      readonly clientSecret: string;
    };

/** Sign-in with identity providers (docs/security/identity-providers.md). */
export interface IdentitySettings {
  readonly providers: readonly ProviderSettings[];
  /** The origin the providers send people back to; null: the origin each sign-in started on (local only). */
  readonly redirectBase: string | null;
  /** The embedded development provider (local only): its port, 0 for any free one; null when off. */
  readonly devProvider: { readonly port: number } | null;
  /** Whether signing in at a provider may create an account. */
  readonly openRegistration: boolean;
}

export const DEV_PROVIDER_NAME = "dev";
const NAME = /^[a-z][a-z0-9-]{0,31}$/;

const envKey = (name: string) => name.toUpperCase().replaceAll("-", "_");

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? value.replace(/\/+$/, "") : null;
  } catch {
    return null;
  }
}

function oidcProvider(name: string, env: Record<string, string | undefined>, problems: string[]): ProviderSettings[] {
  const prefix = `OIDC_${envKey(name)}`;
  if (!NAME.test(name)) {
    problems.push(`OIDC_PROVIDERS: "${name}" is not a provider name (lower-case letters, digits, -)`);
    return [];
  }
  if (name === DEV_PROVIDER_NAME || name === "github") {
    problems.push(`OIDC_PROVIDERS: "${name}" is reserved`);
    return [];
  }
  const issuer = env[`${prefix}_ISSUER`];
  const clientId = env[`${prefix}_CLIENT_ID`];
  const clientSecret = env[`${prefix}_CLIENT_SECRET`];
  const missing = [
    [`${prefix}_ISSUER`, issuer],
    [`${prefix}_CLIENT_ID`, clientId],
    [`${prefix}_CLIENT_SECRET`, clientSecret],
  ].filter(([, value]) => !value);
  for (const [key] of missing) problems.push(`${key}: required for provider "${name}"`);
  const checkedIssuer = issuer ? httpUrl(issuer) : null;
  if (issuer && !checkedIssuer) problems.push(`${prefix}_ISSUER: must be an http(s) URL`);
  if (missing.length > 0 || !checkedIssuer || !clientId || !clientSecret) return [];
  const label = env[`${prefix}_LABEL`] ?? name.charAt(0).toUpperCase() + name.slice(1);
  return [{ kind: "oidc", name, label, issuer: checkedIssuer, clientId, clientSecret }];
}

function githubProvider(env: Record<string, string | undefined>, problems: string[]): ProviderSettings[] {
  const { GITHUB_CLIENT_ID: clientId, GITHUB_CLIENT_SECRET: clientSecret } = env;
  if (!clientId && !clientSecret) return [];
  if (!clientId || !clientSecret) {
    problems.push("GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET: set both or neither");
    return [];
  }
  return [{ kind: "github", name: "github", label: env.GITHUB_LABEL ?? "GitHub", clientId, clientSecret }];
}

function flag(value: string | undefined, fallback: boolean, key: string, problems: string[]): boolean {
  if (value === undefined) return fallback;
  const normal = value.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(normal)) return true;
  if (["false", "0", "no", "off"].includes(normal)) return false;
  problems.push(`${key}: must be true or false`);
  return fallback;
}

/**
 * The identity providers of an environment (empty values already dropped). Problems are pushed, one per variable;
 * the development provider is on by default in local and refused anywhere else.
 */
export function identitySettings(
  env: Record<string, string | undefined>,
  environment: "local" | "staging" | "production",
  problems: string[],
): IdentitySettings {
  const local = environment === "local";
  const names = (env.OIDC_PROVIDERS ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const providers = [...new Set(names)].flatMap((name) => oidcProvider(name, env, problems));
  providers.push(...githubProvider(env, problems));
  const devWanted = flag(env.OIDC_DEV_PROVIDER, local, "OIDC_DEV_PROVIDER", problems);
  if (devWanted && !local)
    problems.push(`OIDC_DEV_PROVIDER: the development provider runs only when ENVIRONMENT=local`);
  const devPort = Number(env.OIDC_DEV_PROVIDER_PORT ?? "0");
  if (!Number.isInteger(devPort) || devPort < 0 || devPort > 65535) {
    problems.push("OIDC_DEV_PROVIDER_PORT: must be a port number (0 for any free one)");
  }
  const redirectBase = env.OIDC_REDIRECT_BASE ? httpUrl(env.OIDC_REDIRECT_BASE) : null;
  if (env.OIDC_REDIRECT_BASE && !redirectBase) problems.push("OIDC_REDIRECT_BASE: must be an http(s) origin");
  if (!local && providers.length > 0 && !env.OIDC_REDIRECT_BASE) {
    problems.push(`OIDC_REDIRECT_BASE: required when ENVIRONMENT=${environment} and identity providers are configured`);
  }
  return {
    providers,
    redirectBase,
    devProvider: devWanted && local ? { port: devPort } : null,
    openRegistration: flag(env.USERS_OPEN_REGISTRATION, true, "USERS_OPEN_REGISTRATION", problems),
  };
}
