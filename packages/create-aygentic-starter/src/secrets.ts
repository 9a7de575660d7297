import { randomBytes } from "node:crypto";

/** A URL-safe random secret: 32 bytes give 43 characters, safe in .env files and connection URLs unquoted. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export interface ProjectSecrets {
  readonly SECRET_KEY: string;
  readonly FIRST_SUPERUSER_PASSWORD: string;
  readonly POSTGRES_PASSWORD: string;
}

/** Fresh secrets for one new project; never the starter's `changethis`. */
export const generateSecrets = (): ProjectSecrets => ({
  SECRET_KEY: randomSecret(32),
  FIRST_SUPERUSER_PASSWORD: randomSecret(18),
  POSTGRES_PASSWORD: randomSecret(24),
});
