import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

// The real Argon2 hasher: its cost is the window in which every racer has read the user before anyone writes.
describe.each(testDatabaseKinds())("parallel password resets with one token (%s)", (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ database });
  });

  afterAll(() => app?.close());

  it("lets exactly one succeed; the others get 400 Invalid token and the winner's password holds", async () => {
    const user = await signUpAndLogIn(app);
    const admin = await app.superuserToken();
    const preview = await app.call("POST", `/api/v1/password-recovery-html-content/${user.email}`, { token: admin });
    const token = /\/reset-password\?token=([^"]+)/.exec(preview.body)?.[1] ?? "";
    const passwords = ["first-new-password", "second-new-password", "third-new-password"];
    const responses = await Promise.all(
      passwords.map((new_password) => app.call("POST", "/api/v1/reset-password/", { json: { token, new_password } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 400, 400]);
    for (const response of responses.filter(({ status }) => status === 400)) {
      expect(response.body).toEqual({ detail: "Invalid token" });
    }
    const winner = passwords[responses.findIndex(({ status }) => status === 200)] ?? "";
    const form = { username: user.email, password: winner };
    expect((await app.call("POST", "/api/v1/login/access-token", { form })).status).toBe(200);
  });
});
