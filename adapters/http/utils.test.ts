import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordingMailer } from "../memory/recording-mailer.js";
import { delivered } from "../testing/eventually.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../testing/test-app.js";
import { testDatabaseKinds } from "../testing/test-database.js";

describe.each(testDatabaseKinds())("utils endpoints on %s", (database) => {
  describe("with e-mail configured", () => {
    const mailer = new RecordingMailer({ enabled: true });
    let app: TestApp;
    let admin: string;
    beforeAll(async () => {
      app = await startTestApp({ database, mailer });
      admin = await app.superuserToken();
    });
    afterAll(() => app?.close());

    it("sends the test e-mail and answers 201", async () => {
      const response = await app.call("POST", "/api/v1/utils/test-email/?email_to=Someone@EXAMPLE.com", {
        token: admin,
      });
      expect(response).toMatchObject({ status: 201, body: { message: "Test email sent" } });
      const sent = await delivered(() => mailer.outbox.find((mail) => mail.kind === "test_email"));
      expect(sent).toMatchObject({ to: "Someone@example.com" });
    });

    it("validates email_to", async () => {
      const missing = await app.call("POST", "/api/v1/utils/test-email/", { token: admin });
      expect(missing.body.detail).toEqual([
        { type: "missing", loc: ["query", "email_to"], msg: "Field required", input: null },
      ]);
      const invalid = await app.call("POST", "/api/v1/utils/test-email/?email_to=nobody@", { token: admin });
      expect(invalid.body.detail[0]).toMatchObject({
        type: "value_error",
        loc: ["query", "email_to"],
        msg: "value is not a valid email address: There must be something after the @-sign.",
      });
    });

    it("is for superusers only", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("POST", "/api/v1/utils/test-email/?email_to=a@example.com", {
        token: user.token,
      });
      expect(response).toMatchObject({ status: 403, body: { detail: "The user doesn't have enough privileges" } });
    });

    it("e-mails a user created by an administrator", async () => {
      const json = { email: "welcome@example.com", password: "a-good-password" };
      expect((await app.call("POST", "/api/v1/users/", { token: admin, json })).status).toBe(200);
      await delivered(() =>
        mailer.outbox.find((mail) => mail.kind === "new_account" && mail.to === "welcome@example.com"),
      );
    });
  });

  describe("with e-mail not configured", () => {
    const unexpected: unknown[] = [];
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ database, onUnexpectedError: (error) => unexpected.push(error) });
    });
    afterAll(() => app?.close());

    it("answers 503 to the test e-mail", async () => {
      const token = await app.superuserToken();
      const response = await app.call("POST", "/api/v1/utils/test-email/?email_to=a@example.com", { token });
      expect(response).toMatchObject({ status: 503, body: { detail: "Email is not configured" } });
    });

    it("answers the health check with true", async () => {
      const response = await app.call("GET", "/api/v1/utils/health-check/");
      expect(response.status).toBe(200);
      expect(response.body).toBe(true);
    });

    it("answers readiness with true while the database answers", async () => {
      expect(await app.call("GET", "/api/v1/utils/ready/")).toMatchObject({ status: 200, body: true });
    });

    it("answers 503 to readiness, true to health and 500 elsewhere once the database is gone", async () => {
      await app.knex.destroy();
      expect(await app.call("GET", "/api/v1/utils/ready/")).toMatchObject({
        status: 503,
        body: { detail: "Service Unavailable" },
      });
      expect(await app.call("GET", "/api/v1/utils/health-check/")).toMatchObject({ status: 200, body: true });
      const signUp = await app.call("POST", "/api/v1/users/signup", {
        json: { email: "late@example.com", password: "a-good-password" },
      });
      expect(signUp).toMatchObject({ status: 500, body: { detail: "Internal Server Error" } });
      expect(unexpected).toHaveLength(1);
    });
  });
});
