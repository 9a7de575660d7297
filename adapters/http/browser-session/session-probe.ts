import type { Request } from "koa";
import { DomainError } from "../../../core/shared/errors.js";
import type { User } from "../../../core/users/user.js";
import { authenticate } from "../authentication.js";

/** The refusals that only mean "nobody (valid) is signed in here"; anything else is a real failure. */
const SIGNED_OUT = new Set([
  "auth.not_authenticated",
  "auth.invalid_token",
  "auth.user_not_found",
  "auth.inactive_user",
]);

/**
 * Who is signed in on this request (session cookie or bearer token), or null: the SPA asks this on a fresh page
 * load, so a signed-out visitor's browser gets a 200 instead of logging a failed request. A cookie of an ended
 * session is still cleared by `authenticate`.
 */
export async function signedInUser(request: Request): Promise<User | null> {
  try {
    return (await authenticate(request)).user;
  } catch (error) {
    if (error instanceof DomainError && SIGNED_OUT.has(error.code)) return null;
    throw error;
  }
}
