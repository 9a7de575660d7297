import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

const limits = {
  RATE_LIMIT_LOCAL_MULTIPLIER: "1",
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: "3/600",
};

describe("passkey login limits", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: limits });
  });
  afterAll(() => app?.close());

  const origin = () => app.config.frontendHost;

  it("counts refused assertions as login failures of the client IP, then refuses every login from it", async () => {
    const options = () => app.call("POST", "/api/v1/login/passkey/options");
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { body } = await options();
      const json = { challenge_id: body.challenge_id, response: { id: "unknown" } };
      const refused = await app.call("POST", "/api/v1/login/passkey", { json, headers: { origin: origin() } });
      expect(refused).toMatchObject({ status: 400, body: { detail: "Passkey not recognised" } });
    }
    const blocked = await options();
    expect(blocked.status).toBe(429);
    expect(blocked.body.detail).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    const password = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: app.config.firstSuperuser.email, password: app.config.firstSuperuser.password },
    });
    expect(password.status).toBe(429);
  });
});
