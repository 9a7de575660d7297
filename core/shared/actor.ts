import { DomainError } from "./errors.js";

/** Who is calling: built by the authentication adapter from a verified access token. */
export interface Actor {
  readonly id: string;
  readonly isSuperuser: boolean;
}

export const insufficientPrivileges = () =>
  new DomainError("forbidden", "auth.insufficient_privileges", "The user doesn't have enough privileges");

export function requireSuperuser(actor: Actor): void {
  if (!actor.isSuperuser) throw insufficientPrivileges();
}
