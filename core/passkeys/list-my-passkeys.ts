import type { Actor } from "../shared/actor.js";
import type { Passkey } from "./passkey.js";
import type { PasskeyRepository } from "./ports.js";

/** The caller's passkeys, oldest first. */
export class ListMyPasskeys {
  constructor(private readonly passkeys: PasskeyRepository) {}

  execute(actor: Actor): Promise<Passkey[]> {
    return this.passkeys.listByUser(actor.id);
  }
}
