import type { PasswordHasher, UserRepository } from "./ports.js";
import { EmailTaken } from "./ports.js";

/** Seeds the first administrator at start-up; an existing account with that e-mail is left untouched. Raises nothing. */
export class EnsureFirstSuperuser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** True when the account was created by this call. */
  async execute(email: string, password: string): Promise<boolean> {
    if (await this.users.findByEmail(email)) return false;
    const hashedPassword = await this.hasher.hash(password);
    try {
      await this.users.add({ email, hashedPassword, fullName: null, isActive: true, isSuperuser: true });
      return true;
    } catch (error) {
      if (error instanceof EmailTaken) return false;
      throw error;
    }
  }
}
