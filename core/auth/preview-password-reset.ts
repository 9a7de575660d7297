import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { UserRepository } from "../users/ports.js";
import { UserErrors } from "../users/user-errors.js";
import type { TokenService } from "./ports.js";

/** Issues a valid reset token for a user without mailing it, so an admin can see the e-mail. Raises: auth.insufficient_privileges, user.username_not_found. */
export class PreviewPasswordReset {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
  ) {}

  async execute(actor: Actor, email: string): Promise<{ email: string; token: string }> {
    requireSuperuser(actor);
    const user = await this.users.findByEmail(email);
    if (!user) throw UserErrors.usernameNotFound();
    return { email: user.email, token: this.tokens.issueResetToken(user.email, user.hashedPassword) };
  }
}
