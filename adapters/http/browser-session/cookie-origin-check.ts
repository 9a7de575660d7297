import type { Middleware } from "koa";
import { DependencyKeys } from "../../dependency-keys.js";
import { containerOf } from "../tsoa/ioc.js";
import { csrfFailed } from "./csrf-guard.js";

/**
 * For an operation that sets or clears the session cookie without being authenticated by it (a cookie login, and
 * any later step that completes one): refuses a request from a foreign origin before anything else runs, so a
 * forged form cannot sign the victim's browser into the attacker's account. Attach with `@Middlewares` first.
 */
export const cookieOriginChecked: Middleware = (ctx, next) => {
  const { csrf } = containerOf(ctx.request).get(DependencyKeys.webSessions);
  if (!csrf.passes(ctx.request)) throw csrfFailed();
  return next();
};
