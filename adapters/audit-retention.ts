import type { PruneAuditEvents } from "../core/audit/prune-audit-events.js";
import { rootLogger } from "./logger.js";

const DAY_MS = 86_400_000;

const logger = rootLogger.child({ component: "audit-retention" });

/**
 * Prunes the audit log now and then once a day, in the process (docs/security/audit-log.md). The timer does not keep the process
 * alive, a failed run is logged and retried the next day, and replicas may all run it: the delete is idempotent and
 * the database lets one replica at a time do it.
 */
export function scheduleAuditPruning(prune: PruneAuditEvents, everyMs = DAY_MS): { stop(): void } {
  const run = async () => {
    try {
      const pruned = await prune.execute();
      if (pruned > 0) logger.info({ pruned }, "pruned audit events past their retention");
    } catch (error) {
      logger.warn({ err: error }, "could not prune the audit log; retrying at the next run");
    }
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
