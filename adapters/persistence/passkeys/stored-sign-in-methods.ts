import type { IdentityRepository } from "../../../core/identities/ports.js";
import type { SignInMethods } from "../../../core/passkeys/ports.js";
import type { UserRepository } from "../../../core/users/ports.js";

/** The ways a stored user can sign in besides passkeys: a password hash on their row, or a linked identity. */
export class StoredSignInMethods implements SignInMethods {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: IdentityRepository,
  ) {}

  async canSignInWithoutPasskeys(userId: string): Promise<boolean> {
    const user = await this.users.findById(userId);
    if ((user?.hashedPassword ?? null) !== null) return true;
    return (await this.identities.providersOf(userId)).length > 0;
  }
}
