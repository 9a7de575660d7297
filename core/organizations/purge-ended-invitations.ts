import type { Clock } from "../shared/clock.js";
import type { InvitationRepository } from "./ports.js";

const KEPT_AFTER_END_MS = 86_400_000;

/** Deletes invitations accepted, revoked or expired more than a day ago; idempotent, safe on any replica. */
export class PurgeEndedInvitations {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly clock: Clock,
  ) {}

  execute(): Promise<number> {
    return this.invitations.deleteEnded(new Date(this.clock.now().getTime() - KEPT_AFTER_END_MS));
  }
}
