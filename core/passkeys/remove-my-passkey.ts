import { type AuditTrail, partyOf, passkeyTarget, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";
import { PasskeyErrors } from "./passkey-errors.js";
import type { SignInMethods } from "./ports.js";

/**
 * Removes one of the caller's passkeys and records `auth.passkey_removed`, unless it is their last way to sign in
 * (no password and no other passkey). Raises: passkey.not_found, passkey.last_way_in.
 */
export class RemoveMyPasskey {
  constructor(
    private readonly trail: AuditTrail,
    private readonly signInMethods: SignInMethods,
  ) {}

  async execute(actor: Actor, passkeyId: string, context: RequestContext): Promise<void> {
    const anotherWayIn = await this.signInMethods.canSignInWithoutPasskeys(actor.id);
    await recordedChange(
      this.trail,
      context,
      async ({ passkeys }) => {
        const passkey = await passkeys.findById(passkeyId);
        if (!passkey || passkey.userId !== actor.id) throw PasskeyErrors.notFound();
        const othersLeft = (await passkeys.lockAndCountByUser(actor.id)) - 1;
        if (othersLeft === 0 && !anotherWayIn) throw PasskeyErrors.lastWayIn();
        if (!(await passkeys.remove(passkey.id))) throw PasskeyErrors.notFound();
        return passkey;
      },
      async (passkey, repositories) => ({
        action: "auth.passkey_removed",
        actor: await partyOf(repositories.users, actor.id),
        target: passkeyTarget(passkey.id),
        details: { name: passkey.name },
      }),
    );
  }
}
