import type { Actor } from "../shared/actor.js";
import { type Passkey, passkeyName } from "./passkey.js";
import { PasskeyErrors } from "./passkey-errors.js";
import type { PasskeyRepository } from "./ports.js";

/** Renames one of the caller's passkeys; anyone else's is as unknown as a missing one. Raises: passkey.invalid_name, passkey.not_found. */
export class RenameMyPasskey {
  constructor(private readonly passkeys: PasskeyRepository) {}

  async execute(actor: Actor, passkeyId: string, name: string): Promise<Passkey> {
    const storedName = passkeyName(name);
    if (storedName === null) throw PasskeyErrors.invalidName();
    const passkey = await this.passkeys.findById(passkeyId);
    if (!passkey || passkey.userId !== actor.id) throw PasskeyErrors.notFound();
    const renamed = await this.passkeys.rename(passkey.id, storedName);
    if (!renamed) throw PasskeyErrors.notFound();
    return renamed;
  }
}
