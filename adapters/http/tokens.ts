import type { ServiceIdentifier } from "inversify";
import type { Mailer } from "../../core/auth/ports.js";
import type { Config } from "../config.js";

/** Answers whether the database can serve queries (readiness). */
export type ReadinessProbe = () => Promise<boolean>;

/** Container tokens for the values that have no class of their own. */
export const Tokens = {
  config: Symbol.for("Config") as ServiceIdentifier<Config>,
  mailer: Symbol.for("Mailer") as ServiceIdentifier<Mailer>,
  readiness: Symbol.for("ReadinessProbe") as ServiceIdentifier<ReadinessProbe>,
};
