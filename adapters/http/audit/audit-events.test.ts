import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewAuditEvent } from "../../../core/audit/audit-event.js";
import { ObjectionAuditLog } from "../../persistence/audit/objection-audit-log.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const forbidden = { detail: "The user doesn't have enough privileges" };

describe.each(testDatabaseKinds())("audit log endpoints on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const list = (query: string, token = admin) => app.call("GET", `/api/v1/audit-events/${query}`, { token });
  const exported = (query: string, token = admin) => app.call("GET", `/api/v1/audit-events/export${query}`, { token });

  const seeded = (overrides: Partial<NewAuditEvent>): NewAuditEvent => ({
    occurredAt: new Date("2031-05-01T10:00:00.000Z"),
    actorId: null,
    actorEmail: null,
    action: "user.updated",
    targetType: "user",
    targetId: randomUUID(),
    outcome: "success",
    ipAddress: "203.0.113.9",
    userAgent: "seed/1.0",
    details: {},
    ...overrides,
  });

  describe("GET /audit-events/", () => {
    it("answers events newest first in the wire shape, filtered by every parameter", async () => {
      const marker = randomUUID();
      const log = new ObjectionAuditLog(app.knex);
      const old = seeded({
        occurredAt: new Date("2031-05-01T10:00:00.000Z"),
        actorId: marker,
        actorEmail: "=x@seed.test",
      });
      const recent = seeded({
        occurredAt: new Date("2031-05-02T10:00:00.000Z"),
        actorId: marker,
        actorEmail: "Finder@Seed.test",
        outcome: "failure",
        action: "auth.login",
        details: { reason: "incorrect_credentials" },
      });
      await log.record(old);
      await log.record(recent);
      const all = await list(`?actor_id=${marker}`);
      expect(all.status).toBe(200);
      expect(all.body.count).toBe(2);
      expect(all.body.data.map((event: { occurred_at: string }) => event.occurred_at)).toEqual([
        "2031-05-02T10:00:00.000Z",
        "2031-05-01T10:00:00.000Z",
      ]);
      expect(Object.keys(all.body.data[0]).sort()).toEqual(
        [
          "id",
          "occurred_at",
          "actor_id",
          "actor_email",
          "action",
          "target_type",
          "target_id",
          "outcome",
          "ip_address",
          "user_agent",
          "details",
          "organization_id",
        ].sort(),
      );
      expect(all.body.data[0]).toMatchObject({
        actor_id: marker,
        actor_email: "Finder@Seed.test",
        action: "auth.login",
        target_type: "user",
        target_id: recent.targetId,
        outcome: "failure",
        ip_address: "203.0.113.9",
        user_agent: "seed/1.0",
        details: { reason: "incorrect_credentials" },
      });
      const one = async (query: string) => (await list(`?actor_id=${marker}&${query}`)).body.count;
      expect(await one("action=auth.login")).toBe(1);
      expect(await one("outcome=success")).toBe(1);
      expect(await one(`target_id=${old.targetId}`)).toBe(1);
      expect(await one("since=2031-05-02T00:00:00Z")).toBe(1);
      expect(await one("until=2031-05-01T23:00:00Z")).toBe(1);
      expect(await one("q=fINDER")).toBe(1);
      expect(await one("q=%25")).toBe(0);
      expect(await one("skip=1&limit=1")).toBe(2);
      expect((await list(`?actor_id=${marker}&skip=1&limit=1`)).body.data[0].actor_email).toBe("=x@seed.test");
    });

    it("answers 422 in the reference's shape for values it cannot take", async () => {
      for (const query of [
        "?action=auth.nothing",
        "?outcome=maybe",
        "?actor_id=nope",
        "?target_id=nope",
        "?since=yesterday",
        "?until=2031-13-45",
        "?q=",
        `?q=${"x".repeat(201)}`,
        "?limit=0",
        "?skip=-1",
      ]) {
        const response = await list(query);
        expect(response.status, query).toBe(422);
        expect(response.body.detail[0], query).toMatchObject({
          loc: ["query", expect.any(String)],
          type: expect.any(String),
        });
      }
      expect((await list("?outcome=maybe")).body.detail[0].msg).toBe("Input should be 'success' or 'failure'");
      expect((await list("?since=yesterday")).body.detail[0]).toMatchObject({
        type: "datetime_from_date_parsing",
        msg: "Input should be a valid datetime or date",
        input: "yesterday",
      });
    });

    it("is for superusers: 403 for a regular user, 401 without credentials", async () => {
      const user = await signUpAndLogIn(app);
      expect(await list("", user.token)).toMatchObject({ status: 403, body: forbidden });
      expect(await exported("", user.token)).toMatchObject({ status: 403, body: forbidden });
      expect((await app.call("GET", "/api/v1/audit-events/")).status).toBe(401);
    });
  });

  describe("GET /audit-events/export", () => {
    it("streams CSV: header first, escaped cells, formulas defused, same filters", async () => {
      const marker = randomUUID();
      const log = new ObjectionAuditLog(app.knex);
      await log.record(seeded({ actorId: marker, actorEmail: "=HYPERLINK(1)", userAgent: 'say "hi", then\nleave' }));
      const response = await exported(`?actor_id=${marker}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-events.csv"');
      const text = response.body as string;
      const [header, ...rest] = text.split("\r\n");
      expect(header).toBe(
        "id,occurred_at,actor_id,actor_email,action,target_type,target_id,outcome,ip_address,user_agent,details",
      );
      expect(rest.join("\r\n")).toContain(`,'=HYPERLINK(1),user.updated,`);
      expect(rest.join("\r\n")).toContain('"say ""hi"", then\nleave"');
      expect(rest.at(-1)).toBe("");
    });

    it("keeps every logged-in username holding a line break inside its cell, and no line of a cell a formula", async () => {
      const marker = randomUUID();
      const usernames = [
        `${marker}\n=2+5`,
        `${marker}\r+cmd|' /C calc'!A0`,
        `${marker}\r\n@SUM(1)`,
        `${marker}\n-1\n\t=1`,
      ];
      for (const username of usernames) {
        const login = await app.call("POST", "/api/v1/login/access-token", {
          form: { username, password: "wrong-one" },
        });
        expect(login.status).toBe(400);
      }
      const response = await exported(`?action=auth.login&outcome=failure&q=${marker}`);
      const records: string[][] = parse(response.body as string, { relax_column_count: true });
      const [header, ...rows] = records;
      expect(rows).toHaveLength(usernames.length);
      for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
      const emails = rows.map((row) => row[header?.indexOf("actor_email") ?? -1]);
      expect(emails.map((email) => email?.replaceAll("'", "")).sort()).toEqual(
        usernames.map((name) => name.replaceAll("'", "")).sort(),
      );
      const lines = rows.flat().flatMap((cell) => cell.split(/\r\n|\r|\n/));
      expect(lines.filter((line) => /^[=+\-@\t]/.test(line))).toEqual([]);
    });

    it("answers only the header row when nothing matches, and 422 for a bad filter", async () => {
      const response = await exported(`?actor_id=${randomUUID()}`);
      expect(response.body).toBe(
        "id,occurred_at,actor_id,actor_email,action,target_type,target_id,outcome,ip_address,user_agent,details\r\n",
      );
      expect((await exported("?since=never")).status).toBe(422);
    });
  });

  describe("GET /users/me/audit-events", () => {
    it("answers 401 without credentials and 422 for a bad page", async () => {
      expect((await app.call("GET", "/api/v1/users/me/audit-events")).status).toBe(401);
      const user = await signUpAndLogIn(app);
      const response = await app.call("GET", "/api/v1/users/me/audit-events?limit=0", { token: user.token });
      expect(response.status).toBe(422);
    });

    it("gives the caller's own auth events only, as actor or as target", async () => {
      const user = await signUpAndLogIn(app);
      const log = new ObjectionAuditLog(app.knex);
      await log.record(seeded({ action: "auth.logout", actorId: user.id, targetType: "session" }));
      await log.record(seeded({ action: "auth.login", outcome: "failure", targetId: user.id }));
      await log.record(seeded({ action: "user.updated", actorId: user.id }));
      await log.record(seeded({ action: "auth.logout", actorId: randomUUID() }));
      const response = await app.call("GET", "/api/v1/users/me/audit-events", { token: user.token });
      expect(response.status).toBe(200);
      const mine = response.body.data.filter((event: { user_agent: string }) => event.user_agent === "seed/1.0");
      expect(mine.map((event: { action: string }) => event.action).sort()).toEqual(["auth.login", "auth.logout"]);
      for (const event of response.body.data) {
        expect(event.action.startsWith("auth.")).toBe(true);
        expect([event.actor_id, event.target_id]).toContain(user.id);
      }
    });
  });
});
