import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { SecretBox, TotpAlgorithm, TwoFactorRepository } from "./ports.js";
import { provePassword } from "./prove-password.js";

/** A set-up waiting for its first code: the secret to type in and the URI to scan. */
export interface TotpSetup {
  readonly secret: string;
  readonly otpauthUri: string;
}

/**
 * A user starts setting up TOTP, proving their password: a new secret is kept pending (sealed), replacing any
 * pending one, until a code confirms it. Raises: user.incorrect_password, user.not_found.
 */
export class StartTotpSetup {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly twoFactor: TwoFactorRepository,
    private readonly totp: TotpAlgorithm,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    private readonly issuer: string,
  ) {}

  async execute(actor: Actor, password: string): Promise<TotpSetup> {
    const user = await provePassword(this.users, this.hasher, actor, password);
    const secret = this.totp.newSecret();
    await this.twoFactor.setPendingTotp(user.id, this.box.seal(secret), this.clock.now());
    return { secret, otpauthUri: this.totp.uri(secret, { issuer: this.issuer, account: user.email }) };
  }
}
