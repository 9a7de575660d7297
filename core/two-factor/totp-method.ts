import type { SecretBox, TotpAlgorithm, TwoFactorRepository } from "./ports.js";
import type { SecondFactorMethod, SecondFactorProof, SecondFactorStep } from "./second-factor.js";
import { isEnabled } from "./totp-state.js";

/** A code from the user's authenticator app; each accepted code's time step is recorded, so it works once. */
export class TotpMethod implements SecondFactorMethod {
  readonly name = "totp";
  readonly demandsSecondStep = true;

  constructor(
    private readonly twoFactor: TwoFactorRepository,
    private readonly totp: TotpAlgorithm,
    private readonly box: SecretBox,
  ) {}

  isAvailable(userId: string): Promise<boolean> {
    return this.twoFactor.isTotpEnabled(userId);
  }

  async verify(proof: SecondFactorProof, { user, repositories, now }: SecondFactorStep): Promise<boolean> {
    if (proof.method !== "totp") return false;
    const state = await repositories.twoFactor.findTotp(user.id);
    if (!isEnabled(state)) return false;
    const secret = this.box.open(state.sealedSecret);
    const step = secret === null ? null : this.totp.matchingStep(secret, proof.code, now);
    return step !== null && repositories.twoFactor.acceptTotpStep(user.id, step);
  }
}
