import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Middleware } from "koa";
import serve from "koa-static";

const wantsHtml = (accept: string) => accept.includes("text/html");

/**
 * The built single-page app: its static files, then index.html for GET/HEAD requests that accept HTML (client-side
 * routes). Everything else falls through to the JSON 404. Returns null when the build is missing, so the API runs alone.
 */
export function spaMiddleware(webDist: string): Middleware[] | null {
  if (!existsSync(join(webDist, "index.html"))) return null;
  const files = serve(webDist, { index: "index.html" });
  const fallback: Middleware = async (ctx, next) => {
    const eligible = (ctx.method === "GET" || ctx.method === "HEAD") && !ctx.path.startsWith("/api/");
    if (!eligible || !wantsHtml(ctx.get("Accept"))) return next();
    ctx.set("Cache-Control", "no-cache");
    ctx.path = "/";
    await files(ctx, next);
  };
  return [files, fallback];
}
