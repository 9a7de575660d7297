import type { PasskeyOptions, PasskeyRepository } from "../passkeys/ports.js";
import type { StartPasskeyAssertion } from "../passkeys/start-passkey-assertion.js";
import { type MfaChallengeReaders, openMfaChallenge } from "./open-mfa-challenge.js";
import { TwoFactorErrors } from "./two-factor-errors.js";

/**
 * The request options for proving one of the user's passkeys at a log-in's second step: the `mfa_token` names the
 * user, and only their passkeys may answer. Raises: two_factor.invalid_code (a void token, or no passkey).
 */
export class StartMfaPasskey {
  constructor(
    private readonly readers: MfaChallengeReaders,
    private readonly passkeys: PasskeyRepository,
    private readonly assertions: StartPasskeyAssertion,
  ) {}

  async execute(mfaToken: string): Promise<PasskeyOptions> {
    const { user } = await openMfaChallenge(this.readers, mfaToken);
    if ((await this.passkeys.countByUser(user.id)) === 0) throw TwoFactorErrors.invalidCode();
    return (await this.assertions.execute(user.id)).options;
  }
}
