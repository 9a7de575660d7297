import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

/**
 * Faults injected into the database itself (triggers that raise), on both sides of the event: whichever write
 * fails, the change and its event are kept together or not at all.
 */
describe.each(testDatabaseKinds())("audit events commit with their change on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database, onUnexpectedError: () => undefined });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  /** Makes `timing` writes to `table` that concern `userId` raise, for the length of `during`. */
  async function withFault(
    fault: { table: string; timing: "before" | "deferred"; column: string; userId: string },
    during: () => Promise<void>,
  ): Promise<void> {
    const { knex } = app;
    const raise = `BEGIN IF NEW.${fault.column} = '${fault.userId}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END`;
    await knex.raw(`CREATE FUNCTION injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$ ${raise} $$`);
    const trigger =
      fault.timing === "before"
        ? `CREATE TRIGGER injected_fault BEFORE INSERT OR UPDATE ON "${fault.table}" FOR EACH ROW EXECUTE FUNCTION injected_fault()`
        : `CREATE CONSTRAINT TRIGGER injected_fault AFTER INSERT ON "${fault.table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION injected_fault()`;
    await knex.raw(trigger);
    try {
      await during();
    } finally {
      await knex.raw(`DROP TRIGGER injected_fault ON "${fault.table}"`);
      await knex.raw("DROP FUNCTION injected_fault()");
    }
  }

  const eventsAbout = async (userId: string, action: string) =>
    (await app.call("GET", `/api/v1/audit-events/?target_id=${userId}&action=${action}`, { token: admin })).body.count;
  const userRow = async (userId: string) => (await app.call("GET", `/api/v1/users/${userId}`, { token: admin })).body;

  it("fault after the change, before the event: the change is rolled back with it", async () => {
    const ann = await signUpAndLogIn(app);
    const before = await userRow(ann.id);
    await withFault({ table: "audit_event", timing: "before", column: "target_id", userId: ann.id }, async () => {
      const json = { full_name: "Changed", is_active: false };
      const response = await app.call("PATCH", `/api/v1/users/${ann.id}`, { token: admin, json });
      expect(response.status).toBe(500);
    });
    expect(await userRow(ann.id)).toEqual(before);
    expect((await app.call("GET", "/api/v1/users/me", { token: ann.token })).status).toBe(200);
    expect(await eventsAbout(ann.id, "user.updated")).toBe(0);
  });

  it("fault when both are written, at commit: neither the new password nor its event stays", async () => {
    const ann = await signUpAndLogIn(app);
    await withFault({ table: "audit_event", timing: "deferred", column: "target_id", userId: ann.id }, async () => {
      const json = { current_password: ann.password, new_password: "never-committed-password" };
      const response = await app.call("PATCH", "/api/v1/users/me/password", { token: ann.token, json });
      expect(response.status).toBe(500);
    });
    const login = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: ann.email, password: ann.password },
    });
    expect(login.status).toBe(200);
    expect(await eventsAbout(ann.id, "auth.password_changed")).toBe(0);
  });

  it("fault in the change: no event is written for it", async () => {
    const ann = await signUpAndLogIn(app);
    await withFault({ table: "user", timing: "before", column: "id", userId: ann.id }, async () => {
      const response = await app.call("PATCH", "/api/v1/users/me", { token: ann.token, json: { full_name: "Nope" } });
      expect(response.status).toBe(500);
    });
    expect((await userRow(ann.id)).full_name).toBeNull();
    expect(await eventsAbout(ann.id, "user.updated")).toBe(0);
  });
});
