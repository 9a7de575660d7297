import { principalOf } from "./authentication.js";
import { loginFailuresLimited } from "./login-failure-limit.js";
import { accountInBody, accountInPath, rateLimited } from "./rate-limit.js";

// Only a wrong password counts: its domain error code, matched by property as error-middleware.ts does.
const isWrongPassword = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === "auth.incorrect_credentials";

const isWrongCurrentPassword = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === "user.incorrect_password";

/** The limited operations' middlewares, attached to them with tsoa's `@Middlewares` (docs/security/limits.md). */
export const RateLimited = {
  login: loginFailuresLimited({ account: accountInBody("username"), isFailure: isWrongPassword }),
  /** A wrong current password is a guessed password: it counts, and is refused, as a failed login of the caller. */
  passwordChange: loginFailuresLimited({
    account: (ctx) => principalOf(ctx.request).user.email,
    isFailure: isWrongCurrentPassword,
  }),
  passwordRecovery: rateLimited({ rule: "passwordRecovery", account: accountInPath("email") }),
  signup: rateLimited({ rule: "signup", account: accountInBody("email") }),
};
