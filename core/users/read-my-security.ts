import type { Actor } from "../shared/actor.js";
import type { UserRepository } from "./ports.js";
import type { SecurityFacts } from "./security-facts.js";
import { UserErrors } from "./user-errors.js";

/** How an account is protected: the state of its address and of each way to sign in. */
export interface SecurityOverview {
  readonly emailVerified: boolean;
  readonly totpEnabled: boolean;
  readonly recoveryCodesLeft: number;
  readonly passkeys: number;
  readonly hasPassword: boolean;
  readonly identities: readonly string[];
}

/** The caller's security overview, each fact from the feature that owns it. Raises: user.not_found. */
export class ReadMySecurity {
  constructor(
    private readonly users: Pick<UserRepository, "findById">,
    private readonly facts: SecurityFacts,
  ) {}

  async execute(actor: Actor): Promise<SecurityOverview> {
    const user = await this.users.findById(actor.id);
    if (!user) throw UserErrors.notFound();
    const [twoFactor, passkeys, identities, hasPassword] = await Promise.all([
      this.facts.twoFactor.twoFactorOf(user.id),
      this.facts.passkeys.passkeyCountOf(user.id),
      this.facts.identities.providersOf(user.id),
      this.facts.passwords.hasPassword(user.id),
    ]);
    return {
      emailVerified: user.emailVerifiedAt !== null,
      totpEnabled: twoFactor.totpEnabled,
      recoveryCodesLeft: twoFactor.recoveryCodesLeft,
      passkeys,
      hasPassword,
      identities,
    };
  }
}
