import type { Mailer } from "../mail/mailer.js";
import type { UserRepository } from "../users/ports.js";
import type { TokenService } from "./ports.js";

/**
 * Mails a reset link when the address belongs to a user. Raises nothing and does not wait for the delivery: the
 * caller answers the same, and as fast, whether or not the account exists; a mail failure is the mailer's to report.
 */
export class RequestPasswordReset {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly mailer: Mailer,
  ) {}

  async execute(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !this.mailer.enabled) return;
    const token = this.tokens.issueResetToken(user.email, user.hashedPassword);
    // Not awaited: an SMTP round trip only for registered addresses would tell them apart by the answer's time.
    void this.mailer.sendPasswordReset(user.email, token).catch(() => undefined);
  }
}
