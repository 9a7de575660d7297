import { Router } from "@koa/router";
import type { Context } from "koa";

/** The label of requests no API route matches (static files, the SPA, 404s): one series, whatever the path. */
export const UNMATCHED = "unmatched";

const spellings = new Map<string, string>();

/** `/items/:id` as OpenAPI writes it, `/items/{id}`; the route paths are few, so each is rewritten once. */
function openApiSpelling(path: string): string {
  let spelled = spellings.get(path);
  if (spelled === undefined) {
    spelled = path.replace(/:(\w+)/g, "{$1}");
    spellings.set(path, spelled);
  }
  return spelled;
}

/** Registers the API's routes on a router: the generated `RegisterRoutes`, handed over by the composition root. */
export type RouteRegistration = (router: Router) => void;

/**
 * The route template of a request (`/api/v1/items/{id}`), never its raw path: from the route the router matched,
 * or, for requests answered before routing (429, 413, malformed bodies), by matching the generated API routes.
 */
export function routeTemplateResolver(registerRoutes: RouteRegistration): (ctx: Context) => string {
  const routes = new Router();
  registerRoutes(routes);
  return (ctx) => {
    const matched = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute;
    if (typeof matched === "string") return openApiSpelling(matched);
    const layer = routes.match(ctx.path, ctx.method).pathAndMethod.find((candidate) => candidate.methods.length > 0);
    return layer ? openApiSpelling(String(layer.path)) : UNMATCHED;
  };
}
