import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../testing/test-app.js";

describe("the private route in local", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it("creates an active regular user without e-mail or password rules", async () => {
    const json = { email: "not-an-email", password: "x", full_name: "Dev User", is_verified: true };
    const response = await app.call("POST", "/api/v1/private/users/", { json });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      email: "not-an-email",
      full_name: "Dev User",
      is_active: true,
      is_superuser: false,
    });
    const login = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "not-an-email", password: "x" },
    });
    expect(login.status).toBe(200);
  });

  it("refuses a duplicate e-mail with 400 instead of a server error", async () => {
    const json = { email: "admin@example.com", password: "whatever", full_name: "Twin" };
    expect(await app.call("POST", "/api/v1/private/users/", { json })).toMatchObject({
      status: 400,
      body: { detail: "The user with this email already exists in the system" },
    });
  });

  it("requires full_name", async () => {
    const response = await app.call("POST", "/api/v1/private/users/", { json: { email: "a@b.c", password: "x" } });
    expect(response.status).toBe(422);
    expect(response.body.detail[0]).toMatchObject({ type: "missing", loc: ["body", "full_name"] });
  });

  it("is listed in the OpenAPI document", async () => {
    const document = await app.call("GET", "/api/v1/openapi.json");
    expect(Object.keys(document.body.paths)).toContain("/api/v1/private/users");
  });
});

describe("the private route outside local", () => {
  let app: TestApp;
  beforeAll(async () => {
    const env = { ENVIRONMENT: "staging", FIRST_SUPERUSER_PASSWORD: "a-real-password" };
    app = await startTestApp({ env });
  });
  afterAll(() => app?.close());

  it("is not registered", async () => {
    const json = { email: "someone@example.com", password: "x", full_name: "Nobody" };
    expect(await app.call("POST", "/api/v1/private/users/", { json })).toMatchObject({
      status: 404,
      body: { detail: "Not Found" },
    });
  });

  it("is left out of the OpenAPI document", async () => {
    const document = await app.call("GET", "/api/v1/openapi.json");
    expect(Object.keys(document.body.paths)).not.toContain("/api/v1/private/users");
    expect(Object.keys(document.body.paths)).toContain("/api/v1/users/signup");
  });

  it("sends HSTS", async () => {
    const response = await app.call("GET", "/api/v1/utils/health-check/");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });
});
