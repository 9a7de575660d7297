import type { Clock } from "../shared/clock.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import { EmailTaken } from "./ports.js";

/**
 * Seeds the first administrator at start-up, only into a database with no superuser and no account with that
 * e-mail, with its address verified: a seed admin who was deleted, renamed or demoted is not brought back by the next restart. Raises nothing.
 */
export class EnsureFirstSuperuser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** True when the account was created by this call. */
  async execute(email: string, password: string): Promise<boolean> {
    if (await this.users.findByEmail(email)) return false;
    if ((await this.users.countSuperusers({ activeOnly: false })) > 0) return false;
    const hashedPassword = await this.hasher.hash(password);
    try {
      const seeded = { email, hashedPassword, fullName: null, isActive: true, isSuperuser: true };
      // The operator chose the address in the configuration: it counts as proved.
      await this.users.add({ ...seeded, emailVerifiedAt: this.clock.now() });
      return true;
    } catch (error) {
      if (error instanceof EmailTaken) return false;
      throw error;
    }
  }
}
