import { loadCompose } from "./compose-project.js";
import { readEnvFile } from "./env-file.js";

// No Docker engine runs in CI: the Compose files are loaded as `docker compose config` would load them.

/** The variables of .env.example, the values Compose interpolates in these checks. */
export const env = readEnvFile(".env.example");
/** compose.yml alone (production and staging). */
export const production = loadCompose(["compose.yml"], env);
/** compose.yml with compose.override.yml merged over it (local). */
export const local = loadCompose(["compose.yml", "compose.override.yml"], env);
export const prod = production.merged.services;
export const dev = local.merged.services;
export const domain = env.get("DOMAIN");
export const stack = env.get("STACK_NAME");
