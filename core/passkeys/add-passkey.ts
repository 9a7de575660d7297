import { type AuditTrail, partyOf, passkeyTarget, recordedChange } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";
import { type Passkey, passkeyName } from "./passkey.js";
import { PasskeyErrors } from "./passkey-errors.js";
import { passkeyAdded } from "./passkey-notices.js";
import type { PasskeyChallengeRepository, WebAuthnCeremonies } from "./ports.js";

/**
 * Stores the passkey a registration created, if it answers a live registration challenge of the caller (the
 * challenge is spent either way); records `auth.passkey_added` and queues the security notice.
 * Raises: passkey.invalid_name, passkey.not_recognised, passkey.already_registered.
 */
export class AddPasskey {
  constructor(
    private readonly challenges: PasskeyChallengeRepository,
    private readonly ceremonies: WebAuthnCeremonies,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(actor: Actor, name: string, response: unknown, context: RequestContext): Promise<Passkey> {
    const storedName = passkeyName(name);
    if (storedName === null) throw PasskeyErrors.invalidName();
    const claims = this.ceremonies.claimsOf(response);
    if (!claims) throw PasskeyErrors.notRecognised();
    const now = this.trail.clock.now();
    const challenge = await this.challenges.takeByValue(claims.challenge, now);
    if (challenge?.ceremony !== "registration" || challenge.userId !== actor.id) {
      throw PasskeyErrors.notRecognised();
    }
    const credential = await this.ceremonies.verifyRegistration(response, challenge.challenge);
    if (!credential) throw PasskeyErrors.notRecognised();
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        if (await repositories.passkeys.findByCredentialId(credential.credentialId)) {
          throw PasskeyErrors.alreadyRegistered();
        }
        const passkey = await repositories.passkeys.add({
          ...credential,
          userId: actor.id,
          name: storedName,
          createdAt: now,
          lastUsedAt: null,
        });
        const user = await repositories.users.findById(actor.id);
        if (user) await queueEmail(this.mailer, repositories.jobs, passkeyAdded(user.email, passkey.name, now));
        return passkey;
      },
      async (passkey, repositories) => ({
        action: "auth.passkey_added",
        actor: await partyOf(repositories.users, actor.id),
        target: passkeyTarget(passkey.id),
        details: { name: passkey.name },
      }),
    );
  }
}
