import type { Actor } from "../shared/actor.js";
import type { LinkedIdentity } from "./identity.js";
import type { IdentityRepository } from "./ports.js";

/** The caller's linked identities, oldest first. */
export class ListMyIdentities {
  constructor(private readonly identities: IdentityRepository) {}

  execute(actor: Actor): Promise<LinkedIdentity[]> {
    return this.identities.listOfUser(actor.id);
  }
}
