import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../config.js";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { RecordingMailer } from "../../memory/recording-mailer.js";
import { delivered } from "../../testing/eventually.js";
import { operationsOf } from "../../testing/openapi-fuzz.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const document = JSON.parse(readFileSync(join(repoRoot(), "adapters/http/generated/swagger.json"), "utf8"));
const operations = operationsOf(document);
const security = (path: string, method: string): string[][] =>
  (document.paths[path][method.toLowerCase()].security ?? []).map(
    (entry: Record<string, string[]>) => Object.values(entry)[0],
  );
const protectedOperations = operations.filter((operation) => security(operation.path, operation.method).length > 0);
const superuserOperations = protectedOperations.filter((operation) =>
  security(operation.path, operation.method).some((scopes) => scopes.includes("superuser")),
);

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const CREDENTIALS = { detail: "Could not validate credentials" };

describe.each(testDatabaseKinds())("token attacks and cross-user access (%s)", (database) => {
  let app: TestApp;
  const mailer = new RecordingMailer();
  let alice: Awaited<ReturnType<typeof signUpAndLogIn>>;
  let bob: Awaited<ReturnType<typeof signUpAndLogIn>>;
  let bobItem: string;

  const pathFor = (path: string) =>
    path.replace("{user_id}", bob.id).replace("{id}", bobItem).replace("{email}", encodeURIComponent(bob.email));
  const callAs = (method: string, path: string, authorization: string | null) =>
    app.call(method, pathFor(path), {
      headers: authorization === null ? {} : { authorization },
      json: method === "GET" || method === "DELETE" ? undefined : {},
    });
  const accessToken = (claims: object, key: jwt.Secret = app.config.secretKey, algorithm: jwt.Algorithm = "HS256") =>
    jwt.sign({ exp: Math.floor(Date.now() / 1000) + 600, purpose: "access", ...claims }, key, { algorithm });

  beforeAll(async () => {
    app = await startTestApp({ database, mailer, hasher: new FastPasswordHasher() });
    alice = await signUpAndLogIn(app);
    bob = await signUpAndLogIn(app);
    bobItem = (await app.call("POST", "/api/v1/items/", { token: bob.token, json: { title: "bob's" } })).body.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("covers every protected operation of the OpenAPI document", () => {
    expect(protectedOperations.length).toBeGreaterThanOrEqual(17);
    expect(superuserOperations.length).toBeGreaterThanOrEqual(6);
  });

  it("refuses forged, foreign and expired tokens on every protected operation with 403", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const attacks: Record<string, string> = {
      "alg none": `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ sub: alice.id, exp: now + 600, purpose: "access" })}.`,
      "wrong key": accessToken({ sub: alice.id }, "another-secret-key-of-reasonable-length"),
      HS512: accessToken({ sub: alice.id }, app.config.secretKey, "HS512"),
      RS256: accessToken({ sub: alice.id }, privateKey, "RS256"),
      expired: accessToken({ sub: alice.id, exp: now - 5 }),
      "no purpose": jwt.sign({ sub: alice.id, exp: now + 600 }, app.config.secretKey),
      "sub not a uuid": accessToken({ sub: alice.email }),
      "sub not a string": accessToken({ sub: 12345 }),
      "tampered payload": `${alice.token.split(".")[0]}.${base64url({ sub: bob.id, exp: now + 600, purpose: "access" })}.${alice.token.split(".")[2]}`,
    };
    for (const [name, token] of Object.entries(attacks)) {
      for (const operation of protectedOperations) {
        const response = await callAs(operation.method, operation.path, `Bearer ${token}`);
        expect({ name, operation: operation.operationId, status: response.status, body: response.body }).toEqual({
          name,
          operation: operation.operationId,
          status: 403,
          body: CREDENTIALS,
        });
      }
    }
  });

  it("answers garbage Authorization headers with 401 or 403, never more", async () => {
    const garbage = [
      "Bearer",
      "Bearer ",
      "Bearer  ",
      "Basic YWRtaW46Y2hhbmdldGhpcw==",
      "Token abc",
      "Bearer a.b",
      "Bearer ...",
      `Bearer ${"A".repeat(6000)}`,
      "Bearer \u00e9\u00ff.\u00a0",
      `Bearer ${alice.token} extra`,
      `${alice.token}`,
    ];
    for (const header of garbage) {
      for (const operation of protectedOperations) {
        const response = await callAs(operation.method, operation.path, header);
        expect([401, 403]).toContain(response.status);
        expect(typeof response.body.detail).toBe("string");
      }
    }
  });

  it("refuses a reset token as a bearer token, and a second use of a reset token", async () => {
    await app.call("POST", `/api/v1/password-recovery/${encodeURIComponent(alice.email)}`);
    const mail = await delivered(() =>
      mailer.outbox.findLast((sent) => sent.kind === "password_reset" && sent.to === alice.email),
    );
    const reset = mail?.kind === "password_reset" ? mail.token : undefined;
    expect(reset).toBeTypeOf("string");
    for (const operation of protectedOperations) {
      expect((await callAs(operation.method, operation.path, `Bearer ${reset}`)).body).toEqual(CREDENTIALS);
    }
    const body = { token: reset, new_password: "a-new-password-1" };
    expect((await app.call("POST", "/api/v1/reset-password/", { json: body })).status).toBe(200);
    const again = await app.call("POST", "/api/v1/reset-password/", {
      json: { ...body, new_password: "a-new-password-2" },
    });
    expect(again).toMatchObject({ status: 400, body: { detail: "Invalid token" } });
    // The reset ended alice's sessions; she logs in again for the tests that follow.
    expect((await app.call("GET", "/api/v1/users/me", { token: alice.token })).body).toEqual(CREDENTIALS);
    const form = { username: alice.email, password: body.new_password };
    alice = { ...alice, token: (await app.call("POST", "/api/v1/login/access-token", { form })).body.access_token };
  });

  it("refuses a deleted user's token with 404 and an inactive user's with 400 on every protected operation", async () => {
    const superuser = await app.superuserToken();
    const gone = await signUpAndLogIn(app);
    const idle = await signUpAndLogIn(app);
    await app.call("DELETE", `/api/v1/users/${gone.id}`, { token: superuser });
    await app.call("PATCH", `/api/v1/users/${idle.id}`, { token: superuser, json: { is_active: false } });
    for (const operation of protectedOperations) {
      expect((await callAs(operation.method, operation.path, `Bearer ${gone.token}`)).body).toEqual({
        detail: "User not found",
      });
      expect((await callAs(operation.method, operation.path, `Bearer ${idle.token}`)).body).toEqual({
        detail: "Inactive user",
      });
    }
  });

  it("refuses every superuser operation to a regular user", async () => {
    for (const operation of superuserOperations) {
      const response = await callAs(operation.method, operation.path, `Bearer ${alice.token}`);
      expect({ operation: operation.operationId, status: response.status, body: response.body }).toEqual({
        operation: operation.operationId,
        status: 403,
        body: { detail: "The user doesn't have enough privileges" },
      });
    }
  });

  it("keeps one user's items and account out of another user's reach", async () => {
    const as = { token: alice.token };
    const item = `/api/v1/items/${bobItem}`;
    for (const [method, json] of [["GET"], ["PUT", { title: "mine now" }], ["DELETE"]] as const) {
      expect(await app.call(method, item, { ...as, json })).toMatchObject({
        status: 403,
        body: { detail: "Not enough permissions" },
      });
    }
    const listed = await app.call("GET", "/api/v1/items/?limit=1000", as);
    expect(listed.body.data.map((entry: { id: string }) => entry.id)).not.toContain(bobItem);
    expect((await app.call("GET", `/api/v1/users/${bob.id}`, as)).status).toBe(403);
    const stillBobs = await app.call("GET", item, { token: bob.token });
    expect(stillBobs.body).toMatchObject({ title: "bob's", owner_id: bob.id });
    expect((await app.call("GET", `/api/v1/users/${bob.id}`, { token: bob.token })).body.email).toBe(bob.email);
  });
});
