import type { LinkedIdentity, NewLinkedIdentity } from "./identity.js";

/** Raised by an IdentityRepository when the (provider, subject) is linked already, to this user or another. */
export class IdentityTaken extends Error {
  constructor(
    readonly provider: string,
    readonly subject: string,
  ) {
    super(`identity already linked: ${provider}`);
    this.name = "IdentityTaken";
  }
}

/** Stores linked identities; (provider, subject) is unique, and a user's identities go with the user. */
export interface IdentityRepository {
  findBySubject(provider: string, subject: string): Promise<LinkedIdentity | null>;
  /** The user's identities, oldest first. */
  listOfUser(userId: string): Promise<LinkedIdentity[]>;
  /** The names of the providers the user has linked, each once, sorted. */
  providersOf(userId: string): Promise<string[]>;
  add(identity: NewLinkedIdentity): Promise<LinkedIdentity>;
  /** Removes the user's identity; false when the user has no identity of that id. */
  remove(userId: string, identityId: string): Promise<boolean>;
}
