import type { ServiceIdentifier } from "inversify";
import type { Mailer } from "../core/mail/mailer.js";
import type { Clock } from "../core/shared/clock.js";
import type { WebSessions } from "./http/browser-session/web-sessions.js";
import type { IdentityProviders } from "./identity/identity-providers.js";

/** Answers whether the database can serve queries (readiness). */
export type ReadinessProbe = () => Promise<boolean>;

/** Inversify keys of the injected values that have no class of their own (use cases are bound by their class). */
export const DependencyKeys = {
  mailer: Symbol.for("Mailer") as ServiceIdentifier<Mailer>,
  readiness: Symbol.for("ReadinessProbe") as ServiceIdentifier<ReadinessProbe>,
  clock: Symbol.for("Clock") as ServiceIdentifier<Clock>,
  webSessions: Symbol.for("WebSessions") as ServiceIdentifier<WebSessions>,
  /** Whether an account must have proved its address before it may use anything but its own profile. */
  emailVerificationRequired: Symbol.for("EmailVerificationRequired") as ServiceIdentifier<boolean>,
  identityProviders: Symbol.for("IdentityProviders") as ServiceIdentifier<IdentityProviders>,
};
