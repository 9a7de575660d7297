import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { PruneAuditEvents } from "../core/audit/prune-audit-events.js";
import { scheduleAuditPruning } from "./audit-retention.js";
import { createInMemoryRepositories } from "./memory/in-memory-repositories.js";
import { ManualClock } from "./memory/manual-clock.js";

const DAY_MS = 86_400_000;

describe("scheduleAuditPruning", () => {
  it("prunes at once and then at every interval, without keeping the process alive", async () => {
    const { audit } = createInMemoryRepositories();
    const clock = new ManualClock();
    const record = (daysAgo: number) =>
      audit.record({
        occurredAt: new Date(clock.now().getTime() - daysAgo * DAY_MS),
        actorId: null,
        actorEmail: null,
        action: "auth.login",
        targetType: null,
        targetId: null,
        outcome: "success",
        ipAddress: null,
        userAgent: null,
        details: {},
      });
    await record(40);
    await record(10);
    const pruning = scheduleAuditPruning(new PruneAuditEvents(audit, clock, 30), 20);
    try {
      await sleep(5);
      expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(1);
      clock.advanceDays(25);
      await sleep(60);
      expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
    } finally {
      pruning.stop();
    }
  });

  it("logs a failed run and keeps going", async () => {
    let runs = 0;
    const failing = { execute: async () => Promise.reject(new Error(`run ${++runs} failed`)) };
    const pruning = scheduleAuditPruning(failing as unknown as PruneAuditEvents, 10);
    await sleep(45);
    pruning.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
  });
});
