import { isDomainError } from "../../../core/shared/errors.js";
import { limitLoginFailures } from "./login-failure-limit.js";
import { accountInBody, accountInPath, limitEveryRequest } from "./request-limit.js";

// Only a wrong password counts.
const isWrongPassword = (error: unknown): boolean =>
  isDomainError(error) && error.code === "auth.incorrect_credentials";

/** The limited operations' middlewares, attached to them with tsoa's `@Middlewares` (docs/security/limits.md). */
export const OperationLimits = {
  login: limitLoginFailures({ account: accountInBody("username"), isFailure: isWrongPassword }),
  passwordRecovery: limitEveryRequest({ rule: "passwordRecovery", account: accountInPath("email") }),
  signup: limitEveryRequest({ rule: "signup", account: accountInBody("email") }),
};
