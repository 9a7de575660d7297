import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { AuditEvent, NewAuditEvent } from "../../core/audit/audit-event.js";
import type { AuditFilters, AuditLog, AuditRecorder } from "../../core/audit/ports.js";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import { type FreshRepositories, UUID } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALL = { skip: 0, limit: 100 };

const event = (overrides: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
  occurredAt: T0,
  actorId: null,
  actorEmail: null,
  action: "auth.login",
  targetType: null,
  targetId: null,
  outcome: "success",
  ipAddress: "203.0.113.7",
  userAgent: "Mozilla/5.0",
  details: {},
  organizationId: null,
  ...overrides,
});

/** What every audit log (recorder and reader) must do, registered for one implementation. */
export function auditLogContract(implementation: string, fresh: FreshRepositories): void {
  describe(`AuditLog contract (${implementation})`, () => {
    let audit: AuditRecorder & AuditLog;
    let users: UserRepository;
    let unitOfWork: UnitOfWork;

    beforeEach(async () => {
      ({ audit, users, unitOfWork } = await fresh());
    });

    const listed = async (filters: AuditFilters = {}, page = ALL) => (await audit.list(page, filters)).data;
    const streamed = async (filters: AuditFilters = {}) => {
      const events: AuditEvent[] = [];
      for await (const one of audit.stream(filters)) events.push(one);
      return events;
    };

    it("narrows to the events of one organisation", async () => {
      const organizationId = randomUUID();
      await audit.record(event({ organizationId, action: "org.created" }));
      await audit.record(event());
      expect((await listed({ organizationId })).map((one) => one.action)).toEqual(["org.created"]);
      expect(await listed({ organizationId: "not-a-uuid" })).toEqual([]);
    });

    it("keeps every field of an event as written, with an id of its own", async () => {
      const actorId = randomUUID();
      const targetId = randomUUID();
      const written = event({
        actorId,
        actorEmail: "Ann@Example.com",
        action: "user.updated",
        targetType: "user",
        targetId,
        outcome: "failure",
        details: { fields: ["email", "is_active"], is_active: { from: true, to: false }, note: "é \" ' \\" },
      });
      await audit.record(written);
      const [stored] = await listed();
      expect(stored?.id).toMatch(UUID);
      expect(stored).toEqual({ ...written, id: stored?.id });
    });

    it("lists newest first, ties by id, pages with skip and limit, and counts every match", async () => {
      for (const minutes of [1, 3, 2, 3]) await audit.record(event({ occurredAt: at(minutes) }));
      const all = await listed();
      expect(all.map((one) => one.occurredAt.getTime())).toEqual([at(3), at(3), at(2), at(1)].map((d) => d.getTime()));
      expect(all[0]?.id.localeCompare(all[1]?.id ?? "")).toBe(1);
      const page = await audit.list({ skip: 1, limit: 2 }, {});
      expect(page.count).toBe(4);
      expect(page.data.map((one) => one.id)).toEqual(all.slice(1, 3).map((one) => one.id));
    });

    it("filters by action, action prefix, actor, target, either party, outcome and time (bounds included)", async () => {
      const ann = randomUUID();
      const bob = randomUUID();
      await audit.record(event({ occurredAt: at(1), action: "auth.login", actorId: ann, outcome: "failure" }));
      await audit.record(event({ occurredAt: at(2), action: "auth.logout", actorId: ann }));
      await audit.record(event({ occurredAt: at(3), action: "user.updated", actorId: bob, targetId: ann }));
      await audit.record(event({ occurredAt: at(4), action: "user.deleted", actorId: bob, targetId: bob }));
      const minutesOf = async (filters: AuditFilters) =>
        (await listed(filters)).map((one) => (one.occurredAt.getTime() - T0.getTime()) / 60_000);
      expect(await minutesOf({ action: "auth.logout" })).toEqual([2]);
      expect(await minutesOf({ actionPrefix: "auth." })).toEqual([2, 1]);
      expect(await minutesOf({ actorId: ann })).toEqual([2, 1]);
      expect(await minutesOf({ targetId: ann })).toEqual([3]);
      expect(await minutesOf({ involving: ann })).toEqual([3, 2, 1]);
      expect(await minutesOf({ involving: ann, actionPrefix: "auth." })).toEqual([2, 1]);
      expect(await minutesOf({ outcome: "failure" })).toEqual([1]);
      expect(await minutesOf({ since: at(2), until: at(3) })).toEqual([3, 2]);
      expect(await minutesOf({ actorId: "not-a-uuid" })).toEqual([]);
      expect(await minutesOf({ involving: ann.toUpperCase() })).toEqual([3, 2, 1]);
    });

    it("searches the actor e-mail case-insensitively, % and _ taken literally", async () => {
      for (const email of ["Ann@Example.com", "a_n@example.com", "100%@example.com", null]) {
        await audit.record(event({ actorEmail: email }));
      }
      const emails = async (search: string) =>
        (await listed({ actorEmailContains: search })).map((one) => one.actorEmail).sort();
      expect(await emails("ANN@")).toEqual(["Ann@Example.com"]);
      expect(await emails("_")).toEqual(["a_n@example.com"]);
      expect(await emails("%")).toEqual(["100%@example.com"]);
      expect(await emails("example")).toHaveLength(3);
      expect(await emails("\u0000")).toEqual([]);
    });

    it("streams every match in list order", async () => {
      const actorId = randomUUID();
      for (let minute = 0; minute < 25; minute += 1) {
        await audit.record(event({ occurredAt: at(minute % 7), actorId: minute % 5 === 0 ? null : actorId }));
      }
      const listedAll = await listed({ actorId });
      expect(listedAll).toHaveLength(20);
      expect(await streamed({ actorId })).toEqual(listedAll);
      expect(await streamed({ actorId: randomUUID() })).toEqual([]);
    });

    it("prunes the events older than the cutoff only, and a second run prunes nothing", async () => {
      for (const minutes of [1, 2, 3]) await audit.record(event({ occurredAt: at(minutes) }));
      expect(await audit.pruneBefore(at(2))).toBe(1);
      expect(await audit.pruneBefore(at(2))).toBe(0);
      expect((await listed()).map((one) => one.occurredAt)).toEqual([at(3), at(2)]);
    });

    it("keeps a user's events, e-mail included, after the user is removed", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      await audit.record(event({ actorId: ann.id, actorEmail: ann.email, targetId: ann.id, targetType: "user" }));
      await users.remove(ann.id);
      expect(await listed({ actorId: ann.id })).toEqual([
        expect.objectContaining({ actorId: ann.id, actorEmail: "ann@example.com", targetId: ann.id }),
      ]);
    });

    it("writes with its unit of work: kept when the unit resolves, gone with a change that fails after it", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      await unitOfWork.run((repositories) => repositories.audit.record(event({ action: "user.created" })));
      const failed = unitOfWork.run(async (repositories) => {
        await repositories.audit.record(event({ action: "user.signed_up" }));
        await repositories.users.add(newUser(ann.email));
      });
      await expect(failed).rejects.toThrow();
      expect((await listed()).map((one) => one.action)).toEqual(["user.created"]);
    });

    it("gives up the unit's change when the event cannot be written after it", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      const failure = new Error("the event write failed");
      const failed = unitOfWork.run(async (repositories) => {
        await repositories.users.update(ann.id, { fullName: "Changed" });
        await repositories.audit.record(event({ action: "user.updated" }));
        throw failure;
      });
      await expect(failed).rejects.toBe(failure);
      expect(await users.findById(ann.id)).toEqual(ann);
      expect(await listed()).toEqual([]);
    });
  });
}
