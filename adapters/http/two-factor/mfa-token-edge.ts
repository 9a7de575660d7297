import type { Context, Middleware } from "koa";
import { MfaToken } from "../../../core/two-factor/mfa-challenge.js";
import { DependencyKeys } from "../../dependency-keys.js";
import { csrfFailed } from "../browser-session/csrf-guard.js";
import { containerOf } from "../tsoa/ioc.js";

const tokenOf = (ctx: Context) => MfaToken.parse((ctx.request.body as { mfa_token?: unknown } | undefined)?.mfa_token);

/** The account a second-step request is about, as its token names it: its wrong codes count against that account. */
export const accountInMfaToken = (ctx: Context): unknown => tokenOf(ctx)?.email;

/**
 * A second step that completes a cookie log-in sets the session cookie, so it gets the forgery check of the cookie
 * log-in itself, before anything else runs; a bearer one does not.
 */
export const mfaCookieOriginChecked: Middleware = (ctx, next) => {
  if (tokenOf(ctx)?.transport === "cookie") {
    const { csrf } = containerOf(ctx.request).get(DependencyKeys.webSessions);
    if (!csrf.passes(ctx.request)) throw csrfFailed();
  }
  return next();
};
