import type { Clock } from "../shared/clock.js";
import type { UnitOfWork } from "../shared/unit-of-work.js";

/**
 * Deletes verification links that expired unused (used ones are deleted when used). Idempotent: a scheduler may run
 * it as often as it likes, on any replica.
 */
export class PurgeExpiredVerifications {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(): Promise<number> {
    return this.unitOfWork.run(({ emailVerifications }) => emailVerifications.deleteExpired(this.clock.now()));
  }
}
