import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../testing/test-app.js";
import { testDatabaseKinds } from "../testing/test-database.js";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const missingItem = "00000000-0000-4000-8000-000000000000";
const notFound = { status: 404, body: { detail: "Item not found" } };
const notYours = { status: 403, body: { detail: "Not enough permissions" } };

describe.each(testDatabaseKinds())("items endpoints on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const create = async (token: string, json: object = { title: "An item" }) => {
    const response = await app.call("POST", "/api/v1/items/", { token, json });
    expect(response.status).toBe(200);
    return response.body as { id: string; title: string; description: string | null; owner_id: string };
  };

  describe("POST /items/", () => {
    it("creates an item owned by the caller", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("POST", "/api/v1/items/", { token: user.token, json: { title: "Milk" } });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        title: "Milk",
        description: null,
        id: expect.stringMatching(uuidPattern),
        owner_id: user.id,
        created_at: expect.stringMatching(isoPattern),
      });
    });

    it("validates title and description", async () => {
      const user = await signUpAndLogIn(app);
      const missing = await app.call("POST", "/api/v1/items/", { token: user.token, json: { description: "d" } });
      expect(missing.body.detail).toEqual([
        { type: "missing", loc: ["body", "title"], msg: "Field required", input: { description: "d" } },
      ]);
      const json = { title: "", description: "d".repeat(256) };
      const invalid = await app.call("POST", "/api/v1/items/", { token: user.token, json });
      expect(invalid.body.detail).toEqual([
        {
          type: "string_too_short",
          loc: ["body", "title"],
          msg: "String should have at least 1 character",
          input: "",
          ctx: { min_length: 1 },
        },
        {
          type: "string_too_long",
          loc: ["body", "description"],
          msg: "String should have at most 255 characters",
          input: "d".repeat(256),
          ctx: { max_length: 255 },
        },
      ]);
    });

    it("ignores an owner_id sent by the client", async () => {
      const user = await signUpAndLogIn(app);
      const item = await create(user.token, { title: "Mine", owner_id: missingItem });
      expect(item.owner_id).toBe(user.id);
    });
  });

  describe("GET /items/", () => {
    it("lists a user's own items newest first, with their count", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      await create(other.token);
      const first = await create(user.token, { title: "first" });
      const second = await create(user.token, { title: "second" });
      const response = await app.call("GET", "/api/v1/items/", { token: user.token });
      expect(response.body).toEqual({
        data: [expect.objectContaining(second), expect.objectContaining(first)],
        count: 2,
      });
      const page = await app.call("GET", "/api/v1/items/?skip=1&limit=1", { token: user.token });
      expect(page.body).toEqual({ data: [expect.objectContaining(first)], count: 2 });
    });

    it("lists everyone's items to a superuser", async () => {
      const user = await signUpAndLogIn(app);
      await create(user.token);
      const response = await app.call("GET", "/api/v1/items/?limit=1000", { token: admin });
      const [row] = await app.knex("item").count({ count: "*" });
      expect(response.body.count).toBe(Number(row?.count));
      expect(response.body.data.some((item: { owner_id: string }) => item.owner_id === user.id)).toBe(true);
    });

    it("refuses a negative skip with 422", async () => {
      const response = await app.call("GET", "/api/v1/items/?skip=-5", { token: admin });
      expect(response.status).toBe(422);
      expect(response.body.detail[0]).toMatchObject({
        type: "greater_than_equal",
        loc: ["query", "skip"],
        ctx: { ge: 0 },
      });
    });
  });

  describe("GET /items/{id}", () => {
    it("returns an own item, and any item to a superuser", async () => {
      const user = await signUpAndLogIn(app);
      const item = await create(user.token, { title: "Readable", description: "yes" });
      expect(await app.call("GET", `/api/v1/items/${item.id}`, { token: user.token })).toMatchObject({
        status: 200,
        body: item,
      });
      expect(await app.call("GET", `/api/v1/items/${item.id}`, { token: admin })).toMatchObject({
        status: 200,
        body: item,
      });
    });

    it("checks existence before ownership", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      const item = await create(other.token);
      expect(await app.call("GET", `/api/v1/items/${missingItem}`, { token: user.token })).toMatchObject(notFound);
      expect(await app.call("GET", `/api/v1/items/${item.id}`, { token: user.token })).toMatchObject(notYours);
    });

    it("answers 422 for a bad id", async () => {
      const response = await app.call("GET", "/api/v1/items/1234", { token: admin });
      expect(response.body.detail).toEqual([
        {
          type: "uuid_parsing",
          loc: ["path", "id"],
          msg: "Input should be a valid UUID, invalid length: expected length 32 for simple format, found 4",
          input: "1234",
          ctx: { error: "invalid length: expected length 32 for simple format, found 4" },
        },
      ]);
    });
  });

  describe("PUT /items/{id}", () => {
    it("changes only the fields sent", async () => {
      const user = await signUpAndLogIn(app);
      const item = await create(user.token, { title: "Old", description: "kept" });
      const response = await app.call("PUT", `/api/v1/items/${item.id}`, { token: user.token, json: { title: "New" } });
      expect(response).toMatchObject({ status: 200, body: { ...item, title: "New", description: "kept" } });
      const cleared = await app.call("PUT", `/api/v1/items/${item.id}`, {
        token: user.token,
        json: { description: null },
      });
      expect(cleared.body).toMatchObject({ title: "New", description: null });
    });

    it("refuses a null title with 422", async () => {
      const user = await signUpAndLogIn(app);
      const item = await create(user.token);
      const response = await app.call("PUT", `/api/v1/items/${item.id}`, { token: user.token, json: { title: null } });
      expect(response.status).toBe(422);
      expect(response.body.detail[0]).toMatchObject({ type: "string_type", loc: ["body", "title"], input: null });
    });

    it("answers 404 for an unknown item and 403 for someone else's", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      const item = await create(other.token);
      const json = { title: "Taken over" };
      expect(await app.call("PUT", `/api/v1/items/${missingItem}`, { token: user.token, json })).toMatchObject(
        notFound,
      );
      expect(await app.call("PUT", `/api/v1/items/${item.id}`, { token: user.token, json })).toMatchObject(notYours);
      expect(await app.call("PUT", `/api/v1/items/${item.id}`, { token: admin, json })).toMatchObject({ status: 200 });
    });
  });

  describe("DELETE /items/{id}", () => {
    it("deletes an own item", async () => {
      const user = await signUpAndLogIn(app);
      const item = await create(user.token);
      const response = await app.call("DELETE", `/api/v1/items/${item.id}`, { token: user.token });
      expect(response).toMatchObject({ status: 200, body: { message: "Item deleted successfully" } });
      expect(await app.call("DELETE", `/api/v1/items/${item.id}`, { token: user.token })).toMatchObject(notFound);
    });

    it("refuses someone else's item to a regular user but not to a superuser", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      const item = await create(other.token);
      expect(await app.call("DELETE", `/api/v1/items/${item.id}`, { token: user.token })).toMatchObject(notYours);
      expect((await app.call("DELETE", `/api/v1/items/${item.id}`, { token: admin })).status).toBe(200);
    });
  });
});
