import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const forbidden = { status: 403, body: { detail: "The user doesn't have enough privileges" } };
const missingUser = "00000000-0000-4000-8000-000000000000";

let counter = 0;
const freshEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.com`;

describe.each(testDatabaseKinds())("users endpoints on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const logIn = (username: string, password: string) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username, password } });

  describe("GET /users/", () => {
    it("lists every user newest first with the total count", async () => {
      await signUpAndLogIn(app);
      const newest = await signUpAndLogIn(app);
      const response = await app.call("GET", "/api/v1/users/", { token: admin });
      expect(response.status).toBe(200);
      const [row] = await app.knex("user").count({ count: "*" });
      expect(response.body.count).toBe(Number(row?.count));
      expect(response.body.data[0].id).toBe(newest.id);
      const dates = response.body.data.map((user: { created_at: string }) => Date.parse(user.created_at));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });

    it("pages with skip and limit", async () => {
      const all = await app.call("GET", "/api/v1/users/?limit=1000", { token: admin });
      const page = await app.call("GET", "/api/v1/users/?skip=1&limit=1", { token: admin });
      expect(page.body.data).toEqual([all.body.data[1]]);
      expect(page.body.count).toBe(all.body.count);
    });

    it("refuses out-of-range and non-integer paging with 422", async () => {
      const cases: [string, string, string][] = [
        ["skip=-1", "greater_than_equal", "Input should be greater than or equal to 0"],
        ["limit=0", "greater_than_equal", "Input should be greater than or equal to 1"],
        ["limit=1001", "less_than_equal", "Input should be less than or equal to 1000"],
        ["limit=abc", "int_parsing", "Input should be a valid integer, unable to parse string as an integer"],
        ["skip=1.5", "int_parsing", "Input should be a valid integer, unable to parse string as an integer"],
        ["skip=99999999999999999999999", "less_than_equal", "Input should be less than or equal to 9007199254740991"],
      ];
      for (const [query, type, msg] of cases) {
        const response = await app.call("GET", `/api/v1/users/?${query}`, { token: admin });
        expect(response.status).toBe(422);
        const [name, value] = query.split("=");
        expect(response.body.detail[0]).toMatchObject({ type, msg, loc: ["query", name], input: value });
      }
    });

    it("is for superusers only", async () => {
      const user = await signUpAndLogIn(app);
      expect(await app.call("GET", "/api/v1/users/", { token: user.token })).toMatchObject(forbidden);
    });
  });

  describe("POST /users/", () => {
    it("creates a user with the defaults and never shows the password", async () => {
      const email = freshEmail("created");
      const response = await app.call("POST", "/api/v1/users/", {
        token: admin,
        json: { email, password: "a-good-password" },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        email,
        is_active: true,
        is_superuser: false,
        full_name: null,
        id: expect.stringMatching(uuidPattern),
        created_at: expect.stringMatching(isoPattern),
      });
      expect((await logIn(email, "a-good-password")).status).toBe(200);
    });

    it("stores the roles and name it is given", async () => {
      const json = { email: freshEmail("boss"), password: "a-good-password", is_superuser: true, full_name: "Boss" };
      const response = await app.call("POST", "/api/v1/users/", { token: admin, json });
      expect(response.body).toMatchObject({ is_superuser: true, full_name: "Boss", is_active: true });
    });

    it("refuses a taken e-mail with the reference's wording (with a period)", async () => {
      const json = { email: "admin@example.com", password: "a-good-password" };
      expect(await app.call("POST", "/api/v1/users/", { token: admin, json })).toMatchObject({
        status: 400,
        body: { detail: "The user with this email already exists in the system." },
      });
    });

    it("validates e-mail, password and name lengths", async () => {
      const json = { email: "not-an-email", password: "short", full_name: "x".repeat(256) };
      const response = await app.call("POST", "/api/v1/users/", { token: admin, json });
      expect(response.status).toBe(422);
      expect(response.body.detail).toEqual(
        expect.arrayContaining([
          {
            type: "value_error",
            loc: ["body", "email"],
            msg: "value is not a valid email address: An email address must have an @-sign.",
            input: "not-an-email",
            ctx: { reason: "An email address must have an @-sign." },
          },
          expect.objectContaining({ type: "string_too_short", loc: ["body", "password"], ctx: { min_length: 8 } }),
          expect.objectContaining({
            type: "string_too_long",
            loc: ["body", "full_name"],
            msg: "String should have at most 255 characters",
            ctx: { max_length: 255 },
          }),
        ]),
      );
    });

    it("reports missing fields with the body as input", async () => {
      const response = await app.call("POST", "/api/v1/users/", { token: admin, json: { full_name: "No Email" } });
      expect(response.status).toBe(422);
      expect(response.body.detail).toContainEqual({
        type: "missing",
        loc: ["body", "email"],
        msg: "Field required",
        input: { full_name: "No Email" },
      });
    });

    it("is for superusers only, checked before the body", async () => {
      const user = await signUpAndLogIn(app);
      expect(await app.call("POST", "/api/v1/users/", { token: user.token, json: {} })).toMatchObject(forbidden);
    });
  });

  describe("GET /users/me", () => {
    it("returns the caller", async () => {
      const user = await signUpAndLogIn(app, { fullName: "Me Myself" });
      const response = await app.call("GET", "/api/v1/users/me", { token: user.token });
      expect(response.body).toMatchObject({
        id: user.id,
        email: user.email,
        full_name: "Me Myself",
        is_superuser: false,
      });
    });
  });

  describe("PATCH /users/me", () => {
    it("changes only the fields sent and lower-cases the e-mail domain", async () => {
      const user = await signUpAndLogIn(app, { fullName: "Before" });
      const email = freshEmail("Renamed").replace("example.com", "EXAMPLE.com");
      const response = await app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { email } });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ email: email.replace("EXAMPLE.com", "example.com"), full_name: "Before" });
      const renamed = await app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { full_name: null } });
      expect(renamed.body.full_name).toBeNull();
    });

    it("refuses an e-mail owned by someone else with 409", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("PATCH", "/api/v1/users/me", {
        token: user.token,
        json: { email: "admin@example.com" },
      });
      expect(response).toMatchObject({ status: 409, body: { detail: "User with this email already exists" } });
    });

    it("keeps one's own e-mail without a conflict", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { email: user.email } });
      expect(response.status).toBe(200);
    });

    it("refuses a null e-mail with 422 instead of a database error", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { email: null } });
      expect(response.status).toBe(422);
      expect(response.body.detail[0]).toMatchObject({ type: "string_type", loc: ["body", "email"], input: null });
    });

    it("refuses special-use e-mail domains", async () => {
      const user = await signUpAndLogIn(app);
      for (const email of ["me@host.local", "me@localhost", "me@example.test", "me@x.invalid"]) {
        const response = await app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { email } });
        expect(response.status).toBe(422);
        expect(response.body.detail[0].msg).toMatch(/^value is not a valid email address: /);
      }
    });
  });

  describe("PATCH /users/me/password", () => {
    const change = (token: string, current_password: string, new_password: string) =>
      app.call("PATCH", "/api/v1/users/me/password", { token, json: { current_password, new_password } });

    it("changes the password", async () => {
      const user = await signUpAndLogIn(app);
      const response = await change(user.token, user.password, "another-password");
      expect(response).toMatchObject({ status: 200, body: { message: "Password updated successfully" } });
      expect((await logIn(user.email, "another-password")).status).toBe(200);
      expect((await app.call("GET", "/api/v1/users/me", { token: user.token })).status).toBe(200);
    });

    it("checks the current password first, then that the new one differs", async () => {
      const user = await signUpAndLogIn(app);
      expect(await change(user.token, "wrong-password", user.password)).toMatchObject({
        status: 400,
        body: { detail: "Incorrect password" },
      });
      expect(await change(user.token, user.password, user.password)).toMatchObject({
        status: 400,
        body: { detail: "New password cannot be the same as the current one" },
      });
    });

    it("refuses short passwords with 422", async () => {
      const user = await signUpAndLogIn(app);
      const response = await change(user.token, "short", "tiny");
      expect(response.status).toBe(422);
      expect(response.body.detail.map((entry: { loc: string[] }) => entry.loc)).toEqual([
        ["body", "current_password"],
        ["body", "new_password"],
      ]);
    });
  });

  describe("DELETE /users/me", () => {
    it("deletes a regular user and their items", async () => {
      const user = await signUpAndLogIn(app);
      await app.call("POST", "/api/v1/items/", { token: user.token, json: { title: "mine" } });
      const response = await app.call("DELETE", "/api/v1/users/me", { token: user.token });
      expect(response).toMatchObject({ status: 200, body: { message: "User deleted successfully" } });
      expect(await app.knex("item").where({ owner_id: user.id })).toEqual([]);
      expect((await app.call("GET", "/api/v1/users/me", { token: user.token })).status).toBe(404);
    });

    it("refuses a superuser", async () => {
      expect(await app.call("DELETE", "/api/v1/users/me", { token: admin })).toMatchObject({
        status: 403,
        body: { detail: "Super users are not allowed to delete themselves" },
      });
    });
  });

  describe("POST /users/signup", () => {
    it("creates an active regular user and ignores unknown keys such as is_superuser", async () => {
      const json = { email: freshEmail("signup"), password: "a-good-password", full_name: "New", is_superuser: true };
      const response = await app.call("POST", "/api/v1/users/signup", { json });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        email: json.email,
        is_active: true,
        is_superuser: false,
        full_name: "New",
      });
    });

    it("refuses a taken e-mail with the reference's wording (no period)", async () => {
      const json = { email: "admin@example.com", password: "a-good-password" };
      expect(await app.call("POST", "/api/v1/users/signup", { json })).toMatchObject({
        status: 400,
        body: { detail: "The user with this email already exists in the system" },
      });
    });

    it("accepts the display-name form and international addresses", async () => {
      const plain = freshEmail("display");
      const named = await app.call("POST", "/api/v1/users/signup", {
        json: { email: `Jo <${plain}>`, password: "a-good-password" },
      });
      expect(named.body.email).toBe(plain);
      const unicode = `jürgen-${Date.now()}@exämple.de`;
      const international = await app.call("POST", "/api/v1/users/signup", {
        json: { email: unicode, password: "a-good-password" },
      });
      expect(international).toMatchObject({ status: 200, body: { email: unicode } });
    });

    it("answers 422 for a missing body and for a body that is not an object", async () => {
      const none = await app.call("POST", "/api/v1/users/signup");
      expect(none.body).toEqual({ detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] });
      const list = await app.call("POST", "/api/v1/users/signup", { json: [1] });
      expect(list.status).toBe(422);
      expect(list.body.detail[0]).toMatchObject({ type: "model_attributes_type", loc: ["body"] });
    });

    it("refuses NUL bytes instead of failing in the database", async () => {
      const json = { email: freshEmail("nul"), password: "a-good-password", full_name: "bad\u0000name" };
      const response = await app.call("POST", "/api/v1/users/signup", { json });
      expect(response.status).toBe(422);
      expect(response.body.detail[0].loc).toEqual(["body", "full_name"]);
    });
  });

  describe("GET /users/{user_id}", () => {
    it("lets anyone read themselves", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("GET", `/api/v1/users/${user.id}`, { token: user.token });
      expect(response).toMatchObject({ status: 200, body: { id: user.id } });
      const upper = await app.call("GET", `/api/v1/users/${user.id.toUpperCase()}`, { token: user.token });
      expect(upper).toMatchObject({ status: 200, body: { id: user.id } });
    });

    it("refuses other users to non-superusers, even ids that do not exist", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      expect(await app.call("GET", `/api/v1/users/${other.id}`, { token: user.token })).toMatchObject(forbidden);
      expect(await app.call("GET", `/api/v1/users/${missingUser}`, { token: user.token })).toMatchObject(forbidden);
    });

    it("lets a superuser read anyone and answers 404 for an unknown id", async () => {
      const user = await signUpAndLogIn(app);
      expect((await app.call("GET", `/api/v1/users/${user.id}`, { token: admin })).status).toBe(200);
      expect(await app.call("GET", `/api/v1/users/${missingUser}`, { token: admin })).toMatchObject({
        status: 404,
        body: { detail: "User not found" },
      });
    });

    it("answers 422 uuid_parsing for a bad id, after authentication", async () => {
      const response = await app.call("GET", "/api/v1/users/not-a-uuid", { token: admin });
      expect(response.status).toBe(422);
      expect(response.body.detail[0]).toMatchObject({
        type: "uuid_parsing",
        loc: ["path", "user_id"],
        input: "not-a-uuid",
      });
      expect(response.body.detail[0].msg).toMatch(/^Input should be a valid UUID, /);
      expect((await app.call("GET", "/api/v1/users/signup")).status).toBe(401);
    });
  });

  describe("PATCH /users/{user_id}", () => {
    it("applies only the keys sent, re-hashing a new password", async () => {
      const user = await signUpAndLogIn(app, { fullName: "Kept" });
      const hashOf = async () => (await app.knex("user").where({ id: user.id }).first()).hashed_password;
      const before = await hashOf();
      const json = { is_superuser: true, password: "changed-password" };
      const response = await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json });
      expect(response).toMatchObject({
        status: 200,
        body: { is_superuser: true, full_name: "Kept", email: user.email },
      });
      expect((await logIn(user.email, "changed-password")).status).toBe(200);
      const after = await hashOf();
      expect(after).not.toBe(before);
      expect(after).not.toContain("changed-password");
    });

    it("answers 404 for an unknown id and 409 for a taken e-mail", async () => {
      expect(
        await app.call("PATCH", `/api/v1/users/${missingUser}`, { token: admin, json: { full_name: "x" } }),
      ).toMatchObject({
        status: 404,
        body: { detail: "The user with this id does not exist in the system" },
      });
      const user = await signUpAndLogIn(app);
      const json = { email: "admin@example.com" };
      expect(await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json })).toMatchObject({
        status: 409,
        body: { detail: "User with this email already exists" },
      });
    });

    it("refuses a null e-mail or password with 422", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("PATCH", `/api/v1/users/${user.id}`, {
        token: admin,
        json: { email: null, password: null },
      });
      expect(response.status).toBe(422);
      expect(response.body.detail.map((entry: { loc: string[] }) => entry.loc)).toEqual([
        ["body", "email"],
        ["body", "password"],
      ]);
    });

    it("is for superusers only", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("PATCH", `/api/v1/users/${user.id}`, {
        token: user.token,
        json: { is_superuser: true },
      });
      expect(response).toMatchObject(forbidden);
    });
  });

  describe("DELETE /users/{user_id}", () => {
    it("deletes the user and their items", async () => {
      const user = await signUpAndLogIn(app);
      await app.call("POST", "/api/v1/items/", { token: user.token, json: { title: "theirs" } });
      const response = await app.call("DELETE", `/api/v1/users/${user.id}`, { token: admin });
      expect(response).toMatchObject({ status: 200, body: { message: "User deleted successfully" } });
      expect(await app.knex("item").where({ owner_id: user.id })).toEqual([]);
      expect(await app.knex("user").where({ id: user.id })).toEqual([]);
    });

    it("answers 404 for an unknown id and 403 for oneself", async () => {
      expect(await app.call("DELETE", `/api/v1/users/${missingUser}`, { token: admin })).toMatchObject({
        status: 404,
        body: { detail: "User not found" },
      });
      const me = (await app.call("GET", "/api/v1/users/me", { token: admin })).body;
      expect(await app.call("DELETE", `/api/v1/users/${me.id}`, { token: admin })).toMatchObject({
        status: 403,
        body: { detail: "Super users are not allowed to delete themselves" },
      });
    });

    it("is for superusers only", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      expect(await app.call("DELETE", `/api/v1/users/${other.id}`, { token: user.token })).toMatchObject(forbidden);
    });
  });
});
