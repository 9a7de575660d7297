import type { PasskeyRepository, WebAuthnCeremonies } from "../passkeys/ports.js";
import { VerifyPasskeyAssertion } from "../passkeys/verify-passkey-assertion.js";
import type { Clock } from "../shared/clock.js";
import { DomainError } from "../shared/errors.js";
import type { SecondFactorMethod, SecondFactorProof, SecondFactorStep } from "./second-factor.js";

/**
 * One of the user's passkeys, asserted for a challenge from `/login/mfa/passkey-options`. Like a recovery code it
 * backs TOTP up: having a passkey alone never asks for a second step (a passkey is a way in of its own). The
 * assertion is checked, and its challenge spent, in the unit of work that completes the log-in.
 */
export class PasskeyMethod implements SecondFactorMethod {
  readonly name = "passkey";
  readonly demandsSecondStep = false;

  constructor(
    private readonly passkeys: PasskeyRepository,
    private readonly ceremonies: WebAuthnCeremonies,
    private readonly clock: Clock,
  ) {}

  async isAvailable(userId: string): Promise<boolean> {
    return (await this.passkeys.countByUser(userId)) > 0;
  }

  async verify(proof: SecondFactorProof, { user, repositories }: SecondFactorStep): Promise<boolean> {
    if (proof.method !== "passkey") return false;
    const { passkeys, passkeyChallenges } = repositories;
    const assertions = new VerifyPasskeyAssertion(passkeys, passkeyChallenges, this.ceremonies, this.clock);
    try {
      await assertions.execute({ response: proof.assertion, userId: user.id });
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === "passkey.not_recognised") return false;
      throw error;
    }
  }
}
