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

export function webSessions(config: Config): WebSessions {
  const servesSpa = existsSync(join(config.webDist, "index.html"));
  return {
    cookie: new SessionCookie(config.sessions.cookieName, config.environment !== "local"),
    csrf: new CsrfGuard(config.corsOrigins, servesSpa),
  };
}
