import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { TokenService } from "./ports.js";
import { verifyCredentials } from "./verify-credentials.js";

/** Exchanges an e-mail and password for a sessionless access token. Raises: auth.incorrect_credentials, auth.inactive_user. */
export class LogIn {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(email: string, password: string): Promise<string> {
    const user = await verifyCredentials(this.users, this.hasher, email, password);
    return this.tokens.issueAccessToken(user.id);
  }
}
