import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";
import { enableTotp } from "./two-factor-test-client.js";

const limits = {
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_LOCAL_MULTIPLIER: "1",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP: "3/600",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "50/600",
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: "50/600",
  TRUSTED_PROXIES: "1",
};

describe.each(testDatabaseKinds())("second-factor codes and the login limits (%s)", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database, env: limits });
  });
  afterAll(() => app?.close());

  const fromIp = (ip: string) => ({ "X-Forwarded-For": ip });
  const passwordStep = (username: string, password: string, ip: string) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username, password }, headers: fromIp(ip) });
  const secondStep = (json: Record<string, unknown>, ip: string) =>
    app.call("POST", "/api/v1/login/mfa", { json, headers: fromIp(ip) });

  it("counts wrong codes as failed logins of the account from that address, and records them", async () => {
    const user = await signUpAndLogIn(app);
    const { recoveryCodes } = await enableTotp(app, user.token, user.password);
    const ip = "198.51.100.20";
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { body } = await passwordStep(user.email, user.password, ip);
      expect(body.detail).toBe("Second factor required");
      expect((await secondStep({ mfa_token: body.mfa_token, code: "000000" }, ip)).status).toBe(400);
    }
    const refused = await passwordStep(user.email, user.password, ip);
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
    const elsewhere = await passwordStep(user.email, user.password, "198.51.100.21");
    expect(elsewhere.status).toBe(401);
    const late = await secondStep({ mfa_token: elsewhere.body.mfa_token, recovery_code: recoveryCodes[0] }, ip);
    expect(late.status).toBe(429);
    const done = await secondStep(
      { mfa_token: elsewhere.body.mfa_token, recovery_code: recoveryCodes[0] },
      "198.51.100.21",
    );
    expect(done.status).toBe(200);
    const query = new URLSearchParams({ action: "auth.mfa_failed", target_id: user.id });
    const recorded = await app.call("GET", `/api/v1/audit-events/?${query}`, { token: await app.superuserToken() });
    expect(recorded.body).toMatchObject({ count: 3 });
    expect(recorded.body.data[0]).toMatchObject({
      outcome: "failure",
      actor_email: user.email,
      details: { method: "totp" },
    });
  });

  it("does not count the right password of the first step as a failure", async () => {
    const user = await signUpAndLogIn(app);
    await enableTotp(app, user.token, user.password);
    const ip = "198.51.100.30";
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await passwordStep(user.email, user.password, ip)).status).toBe(401);
    }
  });
});
