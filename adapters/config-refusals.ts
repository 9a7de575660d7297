/** The values that decide whether a configuration may run outside a developer's machine. */
export interface StartUpSecrets {
  readonly environment: "local" | "staging" | "production";
  /** Whether ENVIRONMENT was set at all (it defaults to local). */
  readonly environmentSet: boolean;
  readonly nodeEnv: string | undefined;
  readonly secretKey: string;
  readonly firstSuperuserPassword: string;
  /** The PostgreSQL password the app will use, when it builds the URL from POSTGRES_*. */
  readonly postgresPassword: string | null;
  readonly databaseUrl: string | undefined;
}

export const DEFAULT_SECRET = "changethis";
export const MIN_SECRET_KEY_LENGTH = 32;

function passwordInUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return null;
  }
}

/** The variables still holding the seed's placeholder secret. */
export function defaultSecretsIn(secrets: StartUpSecrets): string[] {
  const candidates: [string, string | null][] = [
    ["SECRET_KEY", secrets.secretKey],
    ["FIRST_SUPERUSER_PASSWORD", secrets.firstSuperuserPassword],
    ["POSTGRES_PASSWORD", secrets.postgresPassword],
    ["DATABASE_URL", passwordInUrl(secrets.databaseUrl)],
  ];
  return candidates.filter(([, value]) => value === DEFAULT_SECRET).map(([name]) => name);
}

/**
 * Why this configuration must not start, one line per variable; empty when it may. Fails closed: a production
 * process that forgot ENVIRONMENT would otherwise run as local (default secrets, dev-only routes, no HSTS).
 */
export function startUpRefusals(secrets: StartUpSecrets): string[] {
  const { environment } = secrets;
  if (environment === "local") {
    if (secrets.nodeEnv !== "production") return [];
    const how = secrets.environmentSet ? "is local" : "is unset, so local";
    return [`ENVIRONMENT: ${how}, but NODE_ENV=production; set ENVIRONMENT=staging or ENVIRONMENT=production`];
  }
  const refusals: string[] = [];
  const defaults = defaultSecretsIn(secrets);
  if (defaults.length > 0) {
    refusals.push(
      `${defaults.join(", ")}: the value "${DEFAULT_SECRET}" is not allowed when ENVIRONMENT=${environment}; set a secret`,
    );
  }
  if (secrets.secretKey.length < MIN_SECRET_KEY_LENGTH) {
    refusals.push(
      `SECRET_KEY: must be at least ${MIN_SECRET_KEY_LENGTH} characters when ENVIRONMENT=${environment} (it signs every token)`,
    );
  }
  return refusals;
}
