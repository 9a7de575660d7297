import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";

const attributesType = (input: string) => ({
  detail: [
    {
      type: "model_attributes_type",
      loc: ["body"],
      msg: "Input should be a valid dictionary or object to extract fields from",
      input,
    },
  ],
});

const nested = (levels: number) => `{"title":"deep","x":${"[".repeat(levels - 1)}${"]".repeat(levels - 1)}}`;

describe("request bodies are read only as their operation declares", () => {
  let app: TestApp;
  let admin: string;
  const unexpected: unknown[] = [];
  beforeAll(async () => {
    app = await startTestApp({ onUnexpectedError: (error) => unexpected.push(error) });
    admin = `Bearer ${await app.superuserToken()}`;
  });
  afterAll(async () => {
    expect(unexpected).toEqual([]);
    await app?.close();
  });

  const send = async (
    path: string,
    body: string | Buffer | URLSearchParams,
    headers: Record<string, string> = {},
    method = "POST",
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
  ): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { authorization: admin, ...headers },
      body,
    });
    return { status: response.status, body: await response.json() };
  };

  describe("a JSON operation reads only JSON", () => {
    it.each([
      ["application/x-www-form-urlencoded", "title=from+a+form"],
      ["text/plain", '{"title":"simple request"}'],
      ["text/plain;charset=UTF-8", '{"title":"simple request"}'],
      ["multipart/form-data; boundary=x", '--x\r\ncontent-disposition: form-data; name="title"\r\n\r\nt\r\n--x--'],
      ["application/xml", "<title>x</title>"],
    ])("refuses a %s body with the reference's model_attributes_type and creates nothing", async (type, body) => {
      const before = await app.knex("item").count({ count: "*" }).first();
      expect(await send("/api/v1/items/", body, { "content-type": type })).toEqual({
        status: 422,
        body: attributesType(body),
      });
      expect(await app.knex("item").count({ count: "*" }).first()).toEqual(before);
    });

    it("refuses a body sent without a content type (a blob a cross-site page can post)", async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/items/`, {
        method: "POST",
        headers: { authorization: admin },
        body: new Blob(['{"title":"untyped"}']),
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual(attributesType('{"title":"untyped"}'));
    });

    it("reads application/json with parameters and +json types", async () => {
      for (const type of ["application/json; charset=utf-8", "application/merge-patch+json"]) {
        const created = await send("/api/v1/items/", JSON.stringify({ title: type }), { "content-type": type });
        expect(created).toMatchObject({ status: 200, body: { title: type } });
      }
    });

    it("still answers 401 before refusing the content type, like the reference", async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/items/`, { method: "POST", body: "title=x" });
      expect(response.status).toBe(401);
    });

    it("ignores the body of an operation that declares none", async () => {
      const tested = await send("/api/v1/login/test-token", "{not json", { "content-type": "application/json" });
      expect(tested).toMatchObject({ status: 200, body: { email: "admin@example.com" } });
    });
  });

  describe("the login form reads only form fields", () => {
    it("answers a JSON body with 422 missing username and password", async () => {
      const json = JSON.stringify({ username: "admin@example.com", password: "changethis" });
      const response = await send("/api/v1/login/access-token", json, { "content-type": "application/json" });
      expect(response.status).toBe(422);
      expect(response.body.detail).toEqual([
        expect.objectContaining({ type: "missing", loc: ["body", "username"], msg: "Field required" }),
        expect.objectContaining({ type: "missing", loc: ["body", "password"], msg: "Field required" }),
      ]);
    });

    it("logs in with the urlencoded form", async () => {
      const form = new URLSearchParams({ username: "admin@example.com", password: "changethis" });
      expect((await send("/api/v1/login/access-token", form)).status).toBe(200);
    });
  });

  describe("JSON is refused before anything walks or copies it", () => {
    it("refuses nesting beyond 32 levels with json_invalid, before authentication", async () => {
      const response = await fetch(`${app.baseUrl}/api/v1/items/`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: nested(33),
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        detail: [
          {
            type: "json_invalid",
            loc: ["body"],
            msg: "JSON decode error",
            input: {},
            ctx: { error: "Nesting deeper than 32 levels" },
          },
        ],
      });
    });

    it("reads 32 levels, and thousands of levels cost a 422, not a 500", async () => {
      const headers = { "content-type": "application/json" };
      expect((await send("/api/v1/items/", nested(32), headers)).status).toBe(200);
      const deep = `{"title":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
      for (const path of ["/api/v1/items/", "/api/v1/users/signup", "/api/v1/reset-password/", "/api/v1/users/"]) {
        expect((await send(path, deep, headers)).body.detail[0].type).toBe("json_invalid");
      }
    });

    it("counts brackets inside strings as text", async () => {
      const title = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\\"[[[[';
      const response = await send("/api/v1/items/", `{"title":"${title}"}`, { "content-type": "application/json" });
      expect(response).toMatchObject({ status: 200, body: { title: title.replace('\\"', '"') } });
    });

    it("refuses bytes that are not UTF-8 instead of storing replacement characters", async () => {
      const bytes = Buffer.concat([Buffer.from('{"title":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
      const response = await send("/api/v1/items/", bytes, { "content-type": "application/json" });
      expect(response).toEqual({
        status: 422,
        body: {
          detail: [
            {
              type: "json_invalid",
              loc: ["body"],
              msg: "JSON decode error",
              input: {},
              ctx: { error: "Invalid UTF-8" },
            },
          ],
        },
      });
    });
  });

  describe("a null boolean is refused, never read as false", () => {
    const booleanType = (field: string) => ({
      type: "bool_type",
      loc: ["body", field],
      msg: "Input should be a valid boolean",
      input: null,
    });
    const json = { "content-type": "application/json" };

    it.each(["is_active", "is_superuser"])("POST /users/ with %s: null → 422 bool_type", async (field) => {
      const email = `null-${field.replace("_", "-")}@example.com`;
      const body = JSON.stringify({ email, password: "a-good-password", [field]: null });
      expect(await send("/api/v1/users/", body, json)).toEqual({ status: 422, body: { detail: [booleanType(field)] } });
      expect(await app.knex("user").where({ email }).first()).toBeUndefined();
    });

    it.each(["is_active", "is_superuser"])("PATCH /users/{id} with %s: null → 422, nothing changed", async (field) => {
      const user = await signUpAndLogIn(app);
      const response = await send(`/api/v1/users/${user.id}`, JSON.stringify({ [field]: null }), json, "PATCH");
      expect(response).toEqual({ status: 422, body: { detail: [booleanType(field)] } });
      expect(await app.knex("user").where({ id: user.id }).first()).toMatchObject({ is_active: true });
    });

    it("refuses a null is_verified on the private route", async () => {
      const body = JSON.stringify({ email: "v@example.com", password: "x", full_name: "V", is_verified: null });
      expect(await send("/api/v1/private/users/", body, json)).toEqual({
        status: 422,
        body: { detail: [booleanType("is_verified")] },
      });
    });
  });
});
