import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

describe("GET /api/v1/utils/ready/", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("is true with the database reachable and every migration applied", async () => {
    expect(await app.call("GET", "/api/v1/utils/ready/")).toMatchObject({ status: 200, body: true });
  });

  it("answers 503 while a migration is pending, and ready again once it is applied", async () => {
    const last = await app.knex("knex_migrations").orderBy("id", "desc").first();
    await app.knex("knex_migrations").where({ id: last.id }).delete();
    const pending = await app.call("GET", "/api/v1/utils/ready/");
    expect(pending).toMatchObject({ status: 503, body: { detail: "Service Unavailable" } });
    await app.knex("knex_migrations").insert(last);
    expect(await app.call("GET", "/api/v1/utils/ready/")).toMatchObject({ status: 200, body: true });
  });

  it("is unaffected on liveness, which never reads the database", async () => {
    await app.knex("knex_migrations").delete();
    expect(await app.call("GET", "/api/v1/utils/health-check/")).toMatchObject({ status: 200, body: true });
  });
});
