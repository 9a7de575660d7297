import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";

// Every request is served by one controller instance per class (ioc.ts); these interleave requests whose answers
// carry different headers on the same instance, so per-instance header state would leak from one to another.
describe("controllers shared by concurrent requests", () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  it("gives each concurrent e-mail preview its own subject header, and no-store only to the answers that set it", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => signUpAndLogIn(app)));
    const previews = users.map((user) =>
      app.call("POST", `/api/v1/password-recovery-html-content/${user.email}`, { token: admin }),
    );
    // Same controller class (LoginController), no headers of its own.
    const testTokens = users.map((user) => app.call("POST", "/api/v1/login/test-token", { token: user.token }));
    const [previewAnswers, testTokenAnswers] = await Promise.all([Promise.all(previews), Promise.all(testTokens)]);

    previewAnswers.forEach((response, index) => {
      expect(response.status).toBe(200);
      expect(response.headers.get("subject")).toBe(
        `Aygentic Starter - Password recovery for user ${users[index]?.email}`,
      );
      expect(response.headers.get("cache-control")).toBe("no-store");
    });
    testTokenAnswers.forEach((response, index) => {
      expect(response.status).toBe(200);
      expect(response.body.email).toBe(users[index]?.email);
      expect(response.headers.get("subject")).toBeNull();
      expect(response.headers.get("cache-control")).toBeNull();
    });
  });

  it("keeps each answer's own status when creations, lists and 422s interleave on one controller", async () => {
    const owner = await signUpAndLogIn(app);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        if (index % 3 === 0) return app.call("POST", "/api/v1/items/", { token: owner.token, json: { title: "t" } });
        if (index % 3 === 1) return app.call("GET", "/api/v1/items/", { token: owner.token });
        return app.call("GET", "/api/v1/items/not-a-uuid", { token: owner.token });
      }),
    );
    answers.forEach((response, index) => {
      expect(response.status).toBe([200, 200, 422][index % 3]);
    });
  });
});
