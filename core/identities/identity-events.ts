import { type AuditEntry, sessionTarget, userTarget } from "../audit/audit-trail.js";
import type { Session } from "../auth/session.js";
import type { User } from "../users/user.js";
import type { LinkedIdentity } from "./identity.js";

export const identityLogin = (user: User, session: Session, provider: string): AuditEntry => ({
  action: "auth.login",
  actor: { id: user.id, email: user.email },
  target: sessionTarget(session.id),
  details: { transport: "cookie", method: "oidc", provider },
});

export const identityLinked = (user: User, identity: LinkedIdentity): AuditEntry => ({
  action: "auth.identity_linked",
  actor: { id: user.id, email: user.email },
  target: userTarget(user.id),
  details: { provider: identity.provider },
});

export const identityUnlinked = (user: User, identity: LinkedIdentity): AuditEntry => ({
  action: "auth.identity_unlinked",
  actor: { id: user.id, email: user.email },
  target: userTarget(user.id),
  details: { provider: identity.provider },
});
