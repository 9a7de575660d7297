import { isDomainError } from "../../../core/shared/errors.js";
import { principalOf } from "../authentication.js";
import { accountInMfaToken } from "../two-factor/mfa-token-edge.js";
import { isWrongSecondFactor } from "../two-factor/two-factor-shapes.js";
import { limitLoginFailures } from "./login-failure-limit.js";
import { limitPasskeyLoginFailures } from "./passkey-login-limit.js";
import { accountInBody, accountInPath, limitEveryRequest } from "./request-limit.js";

// Only a wrong password counts.
const isWrongPassword = (error: unknown): boolean =>
  isDomainError(error) && error.code === "auth.incorrect_credentials";

const isUnrecognisedPasskey = (error: unknown): boolean =>
  isDomainError(error) && error.code === "passkey.not_recognised";

const isWrongCurrentPassword = (error: unknown): boolean =>
  isDomainError(error) && error.code === "user.incorrect_password";

/** The limited operations' middlewares, attached to them with tsoa's `@Middlewares` (docs/security/limits.md). */
export const OperationLimits = {
  login: limitLoginFailures({ account: accountInBody("username"), isFailure: isWrongPassword }),
  /** A wrong current password is a guessed password: it counts, and is refused, as a failed login of the caller. */
  passwordChange: limitLoginFailures({
    account: (ctx) => principalOf(ctx.request).user.email,
    isFailure: isWrongCurrentPassword,
  }),
  /** A wrong second-factor code is a failed login of the account its token names. */
  mfaLogin: limitLoginFailures({ account: accountInMfaToken, isFailure: isWrongSecondFactor }),
  /** Passkey logins: a refused assertion counts as a failed login from the client IP. */
  passkeyLogin: limitPasskeyLoginFailures(isUnrecognisedPasskey),
  passwordRecovery: limitEveryRequest({ rule: "passwordRecovery", account: accountInPath("email") }),
  signup: limitEveryRequest({ rule: "signup", account: accountInBody("email") }),
  invitation: limitEveryRequest({ rule: "invitation", account: accountInBody("email") }),
  /** Each request sends an e-mail, as a recovery request does: the same allowance, counted apart. */
  verificationEmail: limitEveryRequest({
    rule: "passwordRecovery",
    counter: "verification_email",
    account: (ctx) => principalOf(ctx.request).user.email,
  }),
};
