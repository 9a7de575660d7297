import { type AuditEntry, sessionTarget } from "../audit/audit-trail.js";
import type { User } from "../users/user.js";
import type { Session } from "./session.js";

/** The event of a successful login: the user opened `session` over this transport. */
export const loginSucceeded = (user: User, session: Session, transport: "bearer" | "cookie"): AuditEntry => ({
  action: "auth.login",
  actor: { id: user.id, email: user.email },
  target: sessionTarget(session.id),
  details: { transport },
});
