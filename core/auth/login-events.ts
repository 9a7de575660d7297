import { type AuditEntry, sessionTarget } from "../audit/audit-trail.js";
import type { SecondFactorName } from "../two-factor/two-factor-errors.js";
import type { User } from "../users/user.js";
import type { Session } from "./session.js";

/** How a user proved who they are. */
export type LoginMethod = "password" | "passkey";

/**
 * The event of a successful login: the user opened `session` over this transport, proven by `method` and, when the
 * account asked for one, the second factor `mfa`.
 */
export const loginSucceeded = (
  user: User,
  session: Session,
  transport: "bearer" | "cookie",
  mfa?: SecondFactorName,
  method: LoginMethod = "password",
): AuditEntry => ({
  action: "auth.login",
  actor: { id: user.id, email: user.email },
  target: sessionTarget(session.id),
  details: { transport, method, ...(mfa && { mfa }) },
});
