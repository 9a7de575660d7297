import type { ServerResponse } from "node:http";
import type { Middleware } from "koa";
import helmet from "koa-helmet";

type HelmetOptions = Parameters<typeof helmet>[0];

/**
 * The headers helmet sets for `options`, recorded once: with no per-request directive (no nonce), helmet's answer
 * is the same for every request, so it need not run for each one.
 */
export function helmetHeaders(options: HelmetOptions): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  } as unknown as ServerResponse;
  // helmet writes its headers synchronously, before the promise it returns settles.
  void helmet(options)({ req: {}, res: recorder } as never, async () => undefined);
  if (headers.size === 0) throw new Error("helmet set no headers: recording its answer failed");
  return [...headers];
}

/** Sets helmet's security headers for `options` on every response, from the set recorded at start-up. */
export function securityHeaders(options: HelmetOptions): Middleware {
  const headers = helmetHeaders(options);
  return (ctx, next) => {
    for (const [name, value] of headers) ctx.res.setHeader(name, value);
    return next();
  };
}
