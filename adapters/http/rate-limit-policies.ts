import { accountInBody, accountInPath, rateLimited } from "./rate-limit.js";

/** The limited operations' middlewares, attached to them with tsoa's `@Middlewares` (docs/security/limits.md). */
export const RateLimited = {
  login: rateLimited({ rule: "login", account: accountInBody("username"), resetOnSuccess: true }),
  passwordRecovery: rateLimited({ rule: "passwordRecovery", account: accountInPath("email") }),
  signup: rateLimited({ rule: "signup", account: accountInBody("email") }),
};
