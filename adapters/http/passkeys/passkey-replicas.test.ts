import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "../../testing/software-authenticator.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

describe.each(testDatabaseKinds())("passkey challenges across replicas on %s", (database) => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp({ database });
    second = await startTestApp({ knex: first.knex, seed: false });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("answers a challenge on another replica than the one that issued it, and only once across both", async () => {
    const origin = first.config.frontendHost;
    const user = await signUpAndLogIn(first);
    const authenticator = new SoftwareAuthenticator(origin);
    const creation = await first.call("POST", "/api/v1/users/me/passkeys/options", { token: user.token });
    const json = { name: "Laptop", response: authenticator.register(creation.body) };
    expect((await second.call("POST", "/api/v1/users/me/passkeys", { token: user.token, json })).status).toBe(200);

    const { challenge_id, options } = (await second.call("POST", "/api/v1/login/passkey/options")).body;
    const login = { challenge_id, response: authenticator.assert(options) };
    const headers = { origin };
    const answers = await Promise.all([
      first.call("POST", "/api/v1/login/passkey", { json: login, headers }),
      second.call("POST", "/api/v1/login/passkey", { json: login, headers }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
  });
});
