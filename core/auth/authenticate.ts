import type { UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { AuthErrors } from "./auth-errors.js";
import type { TokenService } from "./ports.js";

/** Resolves a bearer token to its active user. Raises: auth.invalid_token, auth.user_not_found, auth.inactive_user. */
export class Authenticate {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
  ) {}

  async execute(token: string): Promise<User> {
    const userId = this.tokens.readAccessToken(token);
    if (userId === null) throw AuthErrors.invalidCredentials();
    const user = await this.users.findById(userId);
    if (!user) throw AuthErrors.userNotFound();
    if (!user.isActive) throw AuthErrors.inactiveUser();
    return user;
  }
}
