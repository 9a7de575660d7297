import type { SignInMethods } from "../../../core/passkeys/ports.js";
import type { UserRepository } from "../../../core/users/ports.js";

/** The ways a stored user can sign in besides passkeys: a password hash on their row. */
export class StoredSignInMethods implements SignInMethods {
  constructor(private readonly users: UserRepository) {}

  async hasPassword(userId: string): Promise<boolean> {
    const user = await this.users.findById(userId);
    return (user?.hashedPassword ?? "") !== "";
  }
}
