import type { RequestOptions } from "node:http";
import type { Attributes } from "@opentelemetry/api";

/**
 * Spans keep a request's path, never its query string: the links the app e-mails carry their secrets there
 * (`?token=`), and traces are read and kept by people and systems with no business holding them.
 */
export const incomingWithoutQuery = (): Attributes => ({ "url.query": undefined });

/** The `url.full` of an outgoing request without its query string. */
export function outgoingWithoutQuery(options: RequestOptions): Attributes {
  const protocol = options.protocol ?? "http:";
  const host = options.hostname ?? options.host ?? "localhost";
  const port = options.port ? `:${options.port}` : "";
  const path = (options.path ?? "/").split("?")[0];
  return { "url.full": `${protocol}//${host}${port}${path}` };
}
