import type { Context } from "koa";
import { redirectCodeOf } from "../../../core/identities/identity-errors.js";
import { isDomainError } from "../../../core/shared/errors.js";
import type { PendingFlow } from "../../identity/pending-flow.js";
import { ProviderCheckFailed } from "../../identity/provider-client.js";
import { currentLogger } from "../../logger.js";

/** Where a failed flow sends the browser: a sign-in to the login page, a link back to Settings → Security. */
export function failureLocation(frontendHost: string, code: string, provider: string, flow: PendingFlow | null) {
  const query = new URLSearchParams({ error: code, provider });
  if (flow?.linkUserId) return `${frontendHost}/settings?tab=security&${query}`;
  return `${frontendHost}/login?${query}`;
}

/** The code the SPA is told for an error of a flow; anything unforeseen is logged and told as `provider_error`. */
export function failureCode(error: unknown): string {
  if (error instanceof ProviderCheckFailed) {
    currentLogger().warn({ err: error.cause ?? error }, `identity provider check failed: ${error.code}`);
    return error.code;
  }
  if (isDomainError(error) && error.code.startsWith("identity.")) return redirectCodeOf(error);
  throw error;
}

export function redirectTo(ctx: Context, location: string): void {
  ctx.set("Location", location);
  ctx.set("Cache-Control", "no-store");
}
