import { existsSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join, relative, sep } from "node:path";
import type { Middleware } from "koa";
import serve from "koa-static";

const wantsHtml = (accept: string) => accept.includes("text/html");

/** Vite names every file under assets/ by its content's hash, so a browser may keep it for a year without asking. */
const HASHED = "public, max-age=31536000, immutable";

/** Everything else (index.html names the current hashed files, favicon.svg) is revalidated on every visit. */
const REVALIDATED = "no-cache";

const cacheHeaders =
  (webDist: string) =>
  (res: ServerResponse, path: string): void => {
    const hashed = relative(webDist, path).startsWith(`assets${sep}`);
    res.setHeader("Cache-Control", hashed ? HASHED : REVALIDATED);
  };

/**
 * The built single-page app: its static files (the brotli or gzip copy the build wrote beside a file when the browser
 * accepts it, else compressed on the fly), then index.html for GET/HEAD requests that accept HTML (client-side
 * routes). Everything else falls through to the JSON 404. Returns null when the build is missing, so the API runs alone.
 */
export function spaMiddleware(webDist: string): Middleware[] | null {
  if (!existsSync(join(webDist, "index.html"))) return null;
  const files = serve(webDist, { index: "index.html", brotli: true, gzip: true, setHeaders: cacheHeaders(webDist) });
  const fallback: Middleware = async (ctx, next) => {
    const eligible = (ctx.method === "GET" || ctx.method === "HEAD") && !ctx.path.startsWith("/api/");
    if (!eligible || !wantsHtml(ctx.get("Accept"))) return next();
    ctx.path = "/";
    await files(ctx, next);
  };
  return [files, fallback];
}
