import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { AuthErrors } from "./auth-errors.js";
import type { TokenService } from "./ports.js";

/** Exchanges an e-mail and password for an access token. Raises: auth.incorrect_credentials, auth.inactive_user. */
export class LogIn {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(email: string, password: string): Promise<string> {
    const user = await this.users.findByEmail(email);
    if (!user) {
      await this.hasher.verifyDummy(password);
      throw AuthErrors.incorrectCredentials();
    }
    const check = await this.hasher.verify(password, user.hashedPassword);
    if (!check.valid) throw AuthErrors.incorrectCredentials();
    if (!user.isActive) throw AuthErrors.inactiveUser();
    if (check.needsRehash) await this.users.update(user.id, { hashedPassword: await this.hasher.hash(password) });
    return this.tokens.issueAccessToken(user.id);
  }
}
