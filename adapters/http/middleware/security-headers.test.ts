import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { type CallResult, startTestApp, type TestApp } from "../../testing/test-app.js";

function expectSecurityHeaders(response: CallResult): void {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
}

describe("security headers outside local", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      hasher: new FastPasswordHasher(),
      env: {
        ENVIRONMENT: "staging",
        FIRST_SUPERUSER_PASSWORD: "a-staging-password",
        RATE_LIMIT_ENABLED: "true",
        RATE_LIMIT_SIGNUP_PER_ACCOUNT: "1/600",
      },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("are on successes and on every kind of error answer, HSTS included", async () => {
    const signup = { json: { email: "headers@example.com", password: "a-good-password" } };
    const answers: [number, Promise<CallResult>][] = [
      [200, app.call("GET", "/api/v1/utils/health-check/")],
      [401, app.call("GET", "/api/v1/users/me")],
      [403, app.call("GET", "/api/v1/users/me", { token: "forged" })],
      [404, app.call("GET", "/api/v1/nowhere")],
      [404, app.call("POST", "/api/v1/private/users/", { json: {} })],
      [405, app.call("DELETE", "/api/v1/utils/health-check/")],
      [413, app.call("POST", "/api/v1/users/signup", { json: { email: "x".repeat(1_100_000) } })],
      [422, app.call("POST", "/api/v1/users/signup", { json: { email: "not an e-mail" } })],
      [200, app.call("POST", "/api/v1/users/signup", signup)],
    ];
    for (const [status, answer] of answers) {
      const response = await answer;
      expect(response.status).toBe(status);
      expectSecurityHeaders(response);
    }
    const limited = await app.call("POST", "/api/v1/users/signup", signup);
    expect(limited.status).toBe(429);
    expectSecurityHeaders(limited);
  });
});
