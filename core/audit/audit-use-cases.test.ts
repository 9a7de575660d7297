import { describe, expect, it } from "vitest";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { UpdateUser } from "../users/update-user.js";
import type { NewAuditEvent } from "./audit-event.js";
import { ExportAuditEvents } from "./export-audit-events.js";
import { ListAuditEvents } from "./list-audit-events.js";
import { ListMyAuditEvents } from "./list-my-audit-events.js";
import type { AuditRecorder } from "./ports.js";
import { PruneAuditEvents } from "./prune-audit-events.js";
import { RecordRateLimit } from "./record-rate-limit.js";

const forbidden = {
  kind: "forbidden",
  code: "auth.insufficient_privileges",
  message: "The user doesn't have enough privileges",
};
const context = { ip: "203.0.113.9", userAgent: "agent/2", sessionId: null };

async function setUp() {
  const world = createTestWorld();
  const admin = await world.seedUser({ isSuperuser: true });
  const ann = await world.seedUser({ email: "ann@example.com" });
  const event = (overrides: Partial<NewAuditEvent>): NewAuditEvent => ({
    occurredAt: world.clock.now(),
    actorId: null,
    actorEmail: null,
    action: "auth.login",
    targetType: null,
    targetId: null,
    outcome: "success",
    ipAddress: null,
    userAgent: null,
    details: {},
    ...overrides,
  });
  return { ...world, admin, ann, event };
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe("reading the audit log", () => {
  it("lists and exports for superusers only", async () => {
    const { audit, admin, ann, event } = await setUp();
    await audit.record(event({ action: "user.deleted" }));
    expect((await new ListAuditEvents(audit).execute(admin.actor, { skip: 0, limit: 10 }, {})).count).toBe(1);
    expect(await collect(new ExportAuditEvents(audit).execute(admin.actor, {}))).toHaveLength(1);
    expect(await refusalOf(new ListAuditEvents(audit).execute(ann.actor, { skip: 0, limit: 10 }, {}))).toEqual(
      forbidden,
    );
    expect(await refusalOf(Promise.resolve().then(() => new ExportAuditEvents(audit).execute(ann.actor, {})))).toEqual(
      forbidden,
    );
  });

  it("gives a user their own auth events, as actor or target, and nothing else", async () => {
    const { audit, ann, admin, event } = await setUp();
    await audit.record(event({ action: "auth.logout", actorId: ann.user.id }));
    await audit.record(event({ action: "auth.login", outcome: "failure", targetId: ann.user.id }));
    await audit.record(event({ action: "user.updated", actorId: admin.user.id, targetId: ann.user.id }));
    await audit.record(event({ action: "auth.logout", actorId: admin.user.id }));
    const mine = await new ListMyAuditEvents(audit).execute(ann.actor, { skip: 0, limit: 10 });
    expect(mine.data.map((one) => one.action).sort()).toEqual(["auth.login", "auth.logout"]);
  });
});

describe("PruneAuditEvents", () => {
  it("deletes what is older than the retention period, and only that", async () => {
    const { audit, clock, event } = await setUp();
    await audit.record(event({ occurredAt: new Date(clock.now().getTime() - 31 * 86_400_000) }));
    await audit.record(event({ occurredAt: new Date(clock.now().getTime() - 29 * 86_400_000) }));
    const prune = new PruneAuditEvents(audit, clock, 30);
    expect(await prune.execute()).toBe(1);
    expect(await prune.execute()).toBe(0);
    expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(1);
  });
});

describe("RecordRateLimit", () => {
  it("records the operation, the count, the first account named and its user when there is one", async () => {
    const { audit, users, trail, ann, clock } = await setUp();
    const record = new RecordRateLimit(users, trail);
    await record.execute("login", "ann@example.com", context, { refused: 40, accounts: 3 });
    await record.execute("signup", "nobody@example.com", context);
    const { data } = await audit.list({ skip: 0, limit: 10 }, { action: "auth.rate_limited" });
    const byEmail = data
      .map(({ id: _id, ...rest }) => rest)
      .sort((x, y) => String(x.actorEmail).localeCompare(String(y.actorEmail)));
    expect(byEmail).toEqual([
      {
        occurredAt: clock.now(),
        actorId: null,
        actorEmail: "ann@example.com",
        action: "auth.rate_limited",
        targetType: "user",
        targetId: ann.user.id,
        outcome: "failure",
        ipAddress: "203.0.113.9",
        userAgent: "agent/2",
        details: { operation: "login", count: 40, accounts: 3 },
        organizationId: null,
      },
      expect.objectContaining({
        actorEmail: "nobody@example.com",
        targetId: null,
        details: { operation: "signup", count: 1, accounts: 1 },
      }),
    ]);
  });
});

describe("a change and its event", () => {
  it("are kept together: an update whose event cannot be written changes nothing and ends no session", async () => {
    const { users, hasher, issuer, sessions, trailThrough, admin, ann, audit } = await setUp();
    const grant = await issuer.openForBearer(ann.user, context);
    const failure = new Error("the audit store is down");
    const failing: AuditRecorder = { record: () => Promise.reject(failure) };
    const updateUser = new UpdateUser(users, hasher, trailThrough({ audit: failing }));
    await expect(updateUser.execute(admin.actor, ann.user.id, { isActive: false, fullName: "Gone" })).rejects.toBe(
      failure,
    );
    expect(await users.findById(ann.user.id)).toEqual(ann.user);
    expect((await sessions.findById(grant.session.id))?.revokedAt).toBeNull();
    expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
  });

  it("records the admin, the field names and old → new role and status", async () => {
    const { users, hasher, trail, admin, ann, audit } = await setUp();
    const changes = {
      isSuperuser: true,
      isActive: false,
      fullName: "Ann",
      password: "a-new-password",
      email: ann.user.email,
    };
    await new UpdateUser(users, hasher, trail).execute(admin.actor, ann.user.id, changes, context);
    const [updated] = (await audit.list({ skip: 0, limit: 10 }, { action: "user.updated" })).data;
    expect(updated).toMatchObject({
      actorId: admin.user.id,
      actorEmail: admin.user.email,
      targetType: "user",
      targetId: ann.user.id,
      details: {
        fields: ["full_name", "is_active", "is_superuser", "password"],
        is_superuser: { from: false, to: true },
        is_active: { from: true, to: false },
      },
    });
    expect(JSON.stringify(updated)).not.toContain("a-new-password");
  });
});
