import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { AuthErrors } from "./auth-errors.js";
import type { TokenService } from "./ports.js";

/** Sets a new password with a reset token, which then stops working. Raises: auth.invalid_reset_token, auth.inactive_user. */
export class ResetPassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async execute(token: string, newPassword: string): Promise<void> {
    const claim = this.tokens.readResetToken(token);
    if (!claim) throw AuthErrors.invalidResetToken();
    const user = await this.users.findByEmail(claim.email);
    if (!user || claim.passwordStamp !== this.tokens.passwordStamp(user.hashedPassword)) {
      throw AuthErrors.invalidResetToken();
    }
    if (!user.isActive) throw AuthErrors.inactiveUser();
    const updated = await this.users.update(user.id, { hashedPassword: await this.hasher.hash(newPassword) });
    if (!updated) throw AuthErrors.invalidResetToken();
  }
}
