import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";

describe("HTTP behaviour shared by every route", () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ env: { BACKEND_CORS_ORIGINS: "https://extra.example.com, http://localhost:3000/" } });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  describe("authentication runs before validation", () => {
    const badBody = { json: { title: "" } };

    it("answers 401 without a token even when the body is invalid", async () => {
      expect((await app.call("POST", "/api/v1/items/", badBody)).status).toBe(401);
    });

    it("answers 403 for a bad token even when the body is invalid", async () => {
      expect((await app.call("POST", "/api/v1/items/", { ...badBody, token: "nope" })).status).toBe(403);
    });

    it("answers 422 once authenticated", async () => {
      expect((await app.call("POST", "/api/v1/items/", { ...badBody, token: admin })).status).toBe(422);
    });

    it("rejects malformed JSON with 422 json_invalid before authentication", async () => {
      const broken = await fetch(`${app.baseUrl}/api/v1/items/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"title": ',
      });
      expect(broken.status).toBe(422);
      expect(await broken.json()).toEqual({
        detail: [
          {
            type: "json_invalid",
            loc: ["body", 10],
            msg: "JSON decode error",
            input: {},
            ctx: { error: "Expecting value" },
          },
        ],
      });
    });

    it("refuses NaN in JSON as malformed", async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/users/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"email": "nan@example.com", "password": NaN}',
      });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { detail: { type: string }[] };
      expect(body.detail[0]?.type).toBe("json_invalid");
    });
  });

  describe("unknown routes and methods", () => {
    it("answers 404 Not Found as JSON", async () => {
      expect(await app.call("GET", "/api/v1/nothing-here")).toMatchObject({
        status: 404,
        body: { detail: "Not Found" },
      });
      expect(await app.call("GET", "/")).toMatchObject({ status: 404, body: { detail: "Not Found" } });
    });

    it("answers 405 Method Not Allowed with Allow", async () => {
      const response = await app.call("DELETE", "/api/v1/utils/health-check/");
      expect(response).toMatchObject({ status: 405, body: { detail: "Method Not Allowed" } });
      expect(response.headers.get("allow")).toContain("GET");
    });
  });

  describe("trailing slashes", () => {
    it("serves both forms directly, without redirects", async () => {
      const pairs: [string, string][] = [
        ["/api/v1/utils/health-check/", "/api/v1/utils/health-check"],
        ["/api/v1/users/", "/api/v1/users"],
        ["/api/v1/users/me", "/api/v1/users/me/"],
        ["/api/v1/items/", "/api/v1/items"],
      ];
      for (const [declared, other] of pairs) {
        const a = await app.call("GET", declared, { token: admin });
        const b = await app.call("GET", other, { token: admin });
        expect([a.status, b.status]).toEqual([200, 200]);
        expect(b.body).toEqual(a.body);
      }
      const created = await app.call("POST", "/api/v1/items", { token: admin, json: { title: "no slash" } });
      expect(created.status).toBe(200);
      const login = await app.call("POST", "/api/v1/login/access-token/", {
        form: { username: "admin@example.com", password: "changethis" },
      });
      expect(login.status).toBe(200);
    });
  });

  describe("extra keys and odd inputs", () => {
    it("ignores unknown JSON keys", async () => {
      const json = { email: "extra-keys@example.com", password: "a-good-password", is_superuser: true, id: "x" };
      const response = await app.call("POST", "/api/v1/users/signup", { json });
      expect(response).toMatchObject({ status: 200, body: { is_superuser: false } });
    });

    it("answers 413 for a body over the limit", async () => {
      const json = { title: "x".repeat(2 * 1024 * 1024) };
      expect(await app.call("POST", "/api/v1/items/", { token: admin, json })).toMatchObject({
        status: 413,
        body: { detail: "Request Entity Too Large" },
      });
    });

    it("never fails with a 500 on a lone surrogate", async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/items/`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: '{"title": "half \\ud800 pair"}',
      });
      expect(response.status).toBe(200);
    });

    it("answers an oversized URL and a broken request line with a JSON detail, not an empty answer", async () => {
      const long = await fetch(`${app.baseUrl}/api/v1/users/${"x".repeat(20_000)}`);
      expect(long.status).toBe(431);
      expect(await long.json()).toEqual({ detail: "Request Header Fields Too Large" });
      const raw = await new Promise<string>((resolve) => {
        const socket = connect(Number(new URL(app.baseUrl).port), "127.0.0.1");
        let received = "";
        socket.on("data", (chunk) => {
          received += chunk;
        });
        socket.on("close", () => resolve(received));
        socket.write("GARBAGE\r\n\r\n");
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(raw).toContain("Content-Type: application/json");
      expect(raw.endsWith('{"detail":"Bad Request"}')).toBe(true);
    });

    it("refuses a NUL byte in a path parameter", async () => {
      const response = await app.call("POST", "/api/v1/password-recovery/a%00b@example.com");
      expect(response.status).toBe(422);
      expect(response.body.detail[0].loc).toEqual(["path", "email"]);
    });
  });

  describe("CORS", () => {
    const preflight = (origin: string) =>
      fetch(`${app.baseUrl}/api/v1/users/me`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "PATCH",
          "access-control-request-headers": "authorization,content-type",
        },
      });

    it("allows FRONTEND_HOST and BACKEND_CORS_ORIGINS with credentials", async () => {
      for (const origin of ["http://localhost:5173", "https://extra.example.com", "http://localhost:3000"]) {
        const response = await preflight(origin);
        expect(response.status).toBeLessThan(300);
        expect(response.headers.get("access-control-allow-origin")).toBe(origin);
        expect(response.headers.get("access-control-allow-credentials")).toBe("true");
        expect(response.headers.get("access-control-allow-methods")).toContain("PATCH");
        expect(response.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
      }
    });

    it("does not echo another origin", async () => {
      const response = await preflight("https://evil.example.com");
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      const simple = await fetch(`${app.baseUrl}/api/v1/utils/health-check/`, {
        headers: { origin: "https://evil.example.com" },
      });
      expect(simple.headers.get("access-control-allow-origin")).toBeNull();
      expect(simple.headers.get("vary")).toContain("Origin");
    });

    it("answers a simple request from an allowed origin with credentials, and varies every answer on Origin", async () => {
      const allowed = await fetch(`${app.baseUrl}/api/v1/utils/health-check/`, {
        headers: { origin: "https://extra.example.com" },
      });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://extra.example.com");
      expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
      expect(allowed.headers.get("vary")).toContain("Origin");
      const withoutOrigin = await fetch(`${app.baseUrl}/api/v1/utils/health-check/`);
      expect(withoutOrigin.headers.get("access-control-allow-origin")).toBeNull();
      expect(withoutOrigin.headers.get("vary")).toContain("Origin");
    });
  });

  describe("headers", () => {
    it("sets security headers without HSTS in local", async () => {
      const response = await app.call("GET", "/api/v1/utils/health-check/");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    });

    it("echoes a sane X-Request-ID and generates one otherwise", async () => {
      const echoed = await app.call("GET", "/api/v1/utils/health-check/", { headers: { "x-request-id": "abc-123" } });
      expect(echoed.headers.get("x-request-id")).toBe("abc-123");
      const generated = await app.call("GET", "/api/v1/utils/health-check/", {
        headers: { "x-request-id": "bad id\t<>" },
      });
      expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe("documentation", () => {
    it("serves the OpenAPI document with the project name, package version and reference operation ids", async () => {
      const response = await app.call("GET", "/api/v1/openapi.json");
      expect(response.status).toBe(200);
      expect(response.body.info).toMatchObject({ title: "Aygentic Starter", version: "0.1.0" });
      const ids = Object.values(response.body.paths).flatMap((operations) =>
        Object.values(operations as Record<string, { operationId: string }>).map((operation) => operation.operationId),
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          "loginAccessToken",
          "readUsers",
          "createUser",
          "createPrivateUser",
          "healthCheck",
          "readItems",
        ]),
      );
      expect(response.body.components.securitySchemes.OAuth2PasswordBearer.flows.password.tokenUrl).toBe(
        "/api/v1/login/access-token",
      );
      const login = response.body.paths["/api/v1/login/access-token"].post;
      expect(Object.keys(login.requestBody.content)).toEqual(["application/x-www-form-urlencoded"]);
    });

    it("serves Swagger UI from local files and ReDoc with its own CSP", async () => {
      const docs = await app.call("GET", "/docs");
      expect(docs.status).toBe(200);
      expect(docs.body).toContain("/docs/swagger-ui-bundle.js");
      const init = await app.call("GET", "/docs/swagger-init.js");
      expect(init.body).toContain('"/api/v1/openapi.json"');
      for (const asset of [
        "/docs/swagger-ui-bundle.js",
        "/docs/swagger-ui.css",
        "/docs/oauth2-redirect",
        "/docs/oauth2-redirect.js",
      ]) {
        expect((await fetch(`${app.baseUrl}${asset}`)).status).toBe(200);
      }
      const redoc = await app.call("GET", "/redoc");
      expect(redoc.body).toContain("redoc.standalone.js");
      expect(redoc.headers.get("content-security-policy")).toContain("https://cdn.jsdelivr.net");
    });
  });

  it("hands a regular user only their own data (smoke over the shared harness)", async () => {
    const user = await signUpAndLogIn(app);
    expect((await app.call("GET", "/api/v1/users/me", { token: user.token })).body.id).toBe(user.id);
  });
});
