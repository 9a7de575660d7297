import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../config.js";
import { CsrfGuard } from "./csrf-guard.js";
import { SessionCookie } from "./session-cookie.js";

/** What the HTTP edge needs to carry sessions in a browser cookie safely. */
export interface WebSessions {
  readonly cookie: SessionCookie;
  readonly csrf: CsrfGuard;
}

/**
 * The origins whose pages may send cookie requests: the CORS list (which holds FRONTEND_HOST, where the SPA is
 * published) and, in local when this process serves the SPA itself, its own listening address as configured.
 */
export function allowedOrigins(config: Config): string[] {
  const servesSpa = existsSync(join(config.webDist, "index.html"));
  if (config.environment !== "local" || !servesSpa) return [...config.corsOrigins];
  const ownHosts = ["localhost", "127.0.0.1", config.host].map((host) => `http://${host}:${config.port}`);
  return [...config.corsOrigins, ...ownHosts];
}

/**
 * Outside local the cookie carries the `__Host-` prefix: browsers then accept it only Secure, with Path=/ and no
 * Domain, so a sibling subdomain cannot plant or overwrite a session cookie for this host.
 */
export function webSessions(config: Config): WebSessions {
  const local = config.environment === "local";
  const name = local ? config.sessions.cookieName : `__Host-${config.sessions.cookieName}`;
  return { cookie: new SessionCookie(name, !local), csrf: new CsrfGuard(allowedOrigins(config)) };
}
