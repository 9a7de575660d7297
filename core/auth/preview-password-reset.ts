import type { Mailer, MailPreview } from "../mail/mailer.js";
import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { UserRepository } from "../users/ports.js";
import { UserErrors } from "../users/user-errors.js";
import type { TokenService } from "./ports.js";

/** The reset e-mail a user would get, with a valid token, rendered but not sent, so an admin can see it. Raises: auth.insufficient_privileges, user.username_not_found. */
export class PreviewPasswordReset {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly mailer: Mailer,
  ) {}

  async execute(actor: Actor, email: string): Promise<MailPreview> {
    requireSuperuser(actor);
    const user = await this.users.findByEmail(email);
    if (!user) throw UserErrors.usernameNotFound();
    return this.mailer.previewPasswordReset(user.email, this.tokens.issueResetToken(user.email, user.hashedPassword));
  }
}
