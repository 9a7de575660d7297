import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const EVENTS = 100_000;
const HEADER = "id,occurred_at,actor_id,actor_email,action,target_type,target_id,outcome,ip_address,user_agent,details";
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * A 100 k-event export read as a stream: the RSS of this process (which serves the request too) is printed before,
 * at its peak while reading, and after, for the record; the assertions are about the file's content only.
 */
describe.each(testDatabaseKinds())("CSV export of 100 k events on %s", (database) => {
  let app: TestApp;
  let admin: string;
  const actorId = randomUUID();

  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
    await app.knex.raw(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_email, action, target_type, target_id, outcome, ip_address, user_agent, details)
       SELECT timestamptz '2031-01-01T00:00:00Z' + n * interval '1 second', ?, 'bulk-' || n || '@example.com',
              'auth.login', 'user', gen_random_uuid(), 'success', '198.51.100.7', 'bulk/1.0', jsonb_build_object('n', n)
       FROM generate_series(1, ?) AS n`,
      [actorId, EVENTS],
    );
  }, 120_000);
  afterAll(() => app?.close());

  it("streams every row, header first, newest first, with flat memory", async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const response = await fetch(`${app.baseUrl}/api/v1/audit-events/export?actor_id=${actorId}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const decoder = new TextDecoder();
    let pending = "";
    let lines = 0;
    const kept: string[] = [];
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      const complete = pending.split("\r\n");
      pending = complete.pop() ?? "";
      for (const line of complete) {
        if (lines < 3 || lines === EVENTS) kept.push(line);
        lines += 1;
      }
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const after = process.memoryUsage().rss;
    console.log(
      `[${database}] ${EVENTS} events exported: RSS before ${mib(before)}, peak ${mib(peak)}, after ${mib(after)}`,
    );
    expect(pending).toBe("");
    expect(lines).toBe(EVENTS + 1);
    expect(kept[0]).toBe(HEADER);
    const newest = kept[1]?.split(",") ?? [];
    expect(newest.slice(1, 10)).toEqual([
      new Date(Date.UTC(2031, 0, 1) + EVENTS * 1000).toISOString(),
      actorId,
      `bulk-${EVENTS}@example.com`,
      "auth.login",
      "user",
      newest[6],
      "success",
      "198.51.100.7",
      "bulk/1.0",
    ]);
    expect(kept[1]?.endsWith(`"{""n"":${EVENTS}}"`)).toBe(true);
    expect(kept[2]).toContain(`bulk-${EVENTS - 1}@example.com`);
    expect(kept[3]).toContain(",bulk-1@example.com,");
  }, 120_000);
});
