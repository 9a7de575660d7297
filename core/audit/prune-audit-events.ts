import type { Clock } from "../shared/clock.js";
import type { AuditLog } from "./ports.js";

const DAY_MS = 86_400_000;

/** Deletes the events older than the retention period; running it twice deletes nothing more. */
export class PruneAuditEvents {
  constructor(
    private readonly log: AuditLog,
    private readonly clock: Clock,
    private readonly retentionDays: number,
  ) {}

  execute(): Promise<number> {
    return this.log.pruneBefore(new Date(this.clock.now().getTime() - this.retentionDays * DAY_MS));
  }
}
