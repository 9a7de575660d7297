import type { ErrorEvent, NodeOptions } from "@sentry/node";
import * as Sentry from "@sentry/node";
import type { Config } from "../config.js";

/** Headers that carry credentials or the client's address; never sent off-site. */
const PRIVATE_HEADERS = ["authorization", "cookie", "set-cookie", "x-forwarded-for", "x-real-ip", "forwarded"];

/**
 * Drops what the collection options might still let through: request bodies (passwords on login, sign-up and
 * password changes), cookies, credential headers, the query string (reset tokens) and the client's address.
 * Of the user, only the id is kept.
 */
export function scrubEvent(event: ErrorEvent): ErrorEvent {
  if (event.request) {
    const { data: _data, cookies: _cookies, env: _env, query_string: _query, ...request } = event.request;
    const headers = Object.entries(request.headers ?? {}).filter(
      ([name]) => !PRIVATE_HEADERS.includes(name.toLowerCase()),
    );
    event.request = { ...request, headers: Object.fromEntries(headers) };
  }
  event.user = event.user?.id === undefined ? undefined : { id: event.user.id };
  return event;
}

/** Sentry's options for this app: errors only, and no personal data collected in the first place. */
export function sentryOptions(dsn: string, environment: string): NodeOptions {
  return {
    dsn,
    environment,
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: { deny: PRIVATE_HEADERS }, response: { deny: PRIVATE_HEADERS } },
      httpBodies: [],
      urlQueryParams: false,
      databaseQueryData: false,
      stackFrameVariables: false,
    },
    beforeSend: scrubEvent,
  };
}

/** Starts Sentry when SENTRY_DSN is set outside local; true when it did. */
export function initSentry(config: Pick<Config, "sentryDsn" | "environment">): boolean {
  if (config.sentryDsn === null || config.environment === "local") return false;
  Sentry.init(sentryOptions(config.sentryDsn, config.environment));
  return true;
}
