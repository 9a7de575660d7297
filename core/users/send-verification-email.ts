import type { AuditTrail } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { EmailVerificationErrors } from "./email-verification-errors.js";
import type { StartEmailVerification } from "./start-email-verification.js";
import { UserErrors } from "./user-errors.js";

/** Sends the caller a new verification link (the earlier one stops working). Raises: user.email_already_verified, user.not_found. */
export class SendVerificationEmail {
  constructor(
    private readonly verification: StartEmailVerification,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor): Promise<void> {
    await this.trail.unitOfWork.run(async (repositories) => {
      const user = await repositories.users.findByIdForUpdate(actor.id);
      if (!user) throw UserErrors.notFound();
      if (user.emailVerifiedAt !== null) throw EmailVerificationErrors.alreadyVerified();
      await this.verification.for(repositories, user);
    });
  }
}
