import type { Mailer } from "../mail/mailer.js";
import { notify } from "../mail/notify.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { AuthErrors } from "./auth-errors.js";
import type { TokenService } from "./ports.js";
import { changeRevokingSessions, type SessionRevocation } from "./session-revocation.js";

/** Sets a new password with a reset token, which then stops working, and ends all the user's sessions. Raises: auth.invalid_reset_token, auth.inactive_user. */
export class ResetPassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly revocation: SessionRevocation,
    private readonly mailer?: Mailer,
  ) {}

  async execute(token: string, newPassword: string): Promise<void> {
    const claim = this.tokens.readResetToken(token);
    if (!claim) throw AuthErrors.invalidResetToken();
    const user = await this.users.findByEmail(claim.email);
    if (!user || claim.passwordStamp !== this.tokens.passwordStamp(user.hashedPassword)) {
      throw AuthErrors.invalidResetToken();
    }
    if (!user.isActive) throw AuthErrors.inactiveUser();
    const newHash = await this.hasher.hash(newPassword);
    // Conditional on the hash the token was checked against: of two racing uses of one token, only one succeeds.
    const replaced = await changeRevokingSessions(this.users, this.revocation, user.id, null, (users) =>
      users.replacePassword(user.id, user.hashedPassword, newHash),
    );
    if (!replaced) throw AuthErrors.invalidResetToken();
    await notify(this.mailer, (mailer) => mailer.sendPasswordChanged(user.email));
  }
}
