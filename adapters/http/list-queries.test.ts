import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../testing/test-app.js";
import { testDatabaseKinds } from "../testing/test-database.js";

const forbidden = { status: 403, body: { detail: "The user doesn't have enough privileges" } };

/** A marker no other test's rows contain, so a search sees only this test's rows in the shared database. */
const freshTag = () => `t${randomBytes(4).toString("hex")}`;

const invalidQuery = (name: string, entry: object) => ({
  status: 422,
  body: { detail: [{ loc: ["query", name], ...entry }] },
});

/** pydantic's answer to a value outside a Literal: `expected` lists the allowed values. */
const notOneOf = (name: string, input: string, expected: string) =>
  invalidQuery(name, { type: "enum", msg: `Input should be ${expected}`, input, ctx: { expected } });

describe.each(testDatabaseKinds())("list queries on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const get = async (path: string, token: string) => {
    const { status, body } = await app.call("GET", path, { token });
    return { status, body };
  };
  const addItems = async (token: string, items: readonly (readonly [string, string | null])[]) => {
    const ids: string[] = [];
    for (const [title, description] of items) {
      const created = await app.call("POST", "/api/v1/items/", { token, json: { title, description } });
      ids.push(created.body.id);
    }
    return ids;
  };
  const titlesOf = (body: { data: { title: string }[] }) => body.data.map((item) => item.title);

  describe("GET /items/", () => {
    it("answers without list parameters exactly as with the defaults spelled out", async () => {
      const user = await signUpAndLogIn(app);
      await addItems(user.token, [
        ["one", null],
        ["two", null],
      ]);
      const plain = await get("/api/v1/items/", user.token);
      expect(titlesOf(plain.body)).toEqual(["two", "one"]);
      expect(await get("/api/v1/items/?sort=created_at&order=desc&skip=0&limit=100", user.token)).toEqual(plain);
      expect(titlesOf((await get("/api/v1/items/?order=asc", user.token)).body)).toEqual(["one", "two"]);
    });

    it("searches title and description case-insensitively, counting the matches, within the caller's items", async () => {
      const user = await signUpAndLogIn(app);
      const other = await signUpAndLogIn(app);
      await addItems(user.token, [
        ["Blue Mug", null],
        ["Plate", "goes with the MUG"],
        ["Bowl", null],
        ["Ménage", "é"],
      ]);
      await addItems(other.token, [["mug of someone else", null]]);
      const found = await get("/api/v1/items/?q=mUg&limit=1", user.token);
      expect(found).toMatchObject({ status: 200, body: { count: 2, data: [{ title: "Plate" }] } });
      expect(titlesOf((await get(`/api/v1/items/?q=${encodeURIComponent("MÉN")}`, user.token)).body)).toEqual([
        "Ménage",
      ]);
      expect((await get("/api/v1/items/?q=nothing", user.token)).body).toEqual({ data: [], count: 0 });
    });

    it("takes % and _ in q literally", async () => {
      const user = await signUpAndLogIn(app);
      await addItems(user.token, [
        ["100% wool", null],
        ["100 wool", null],
        ["a_b", null],
        ["axb", null],
      ]);
      expect(titlesOf((await get("/api/v1/items/?q=%25", user.token)).body)).toEqual(["100% wool"]);
      expect(titlesOf((await get("/api/v1/items/?q=a_b", user.token)).body)).toEqual(["a_b"]);
    });

    it("sorts by title both ways, equal titles ordered by id", async () => {
      const user = await signUpAndLogIn(app);
      const ids = await addItems(user.token, [
        ["b", null],
        ["a", null],
        ["b", null],
        ["a", null],
      ]);
      const asc = (await get("/api/v1/items/?sort=title&order=asc", user.token)).body.data;
      const [b1 = "", a1 = "", b2 = "", a2 = ""] = ids;
      const expected = [...[a1, a2].sort(), ...[b1, b2].sort()];
      expect(asc.map((item: { id: string }) => item.id)).toEqual(expected);
      const desc = (await get("/api/v1/items/?sort=title&order=desc", user.token)).body.data;
      expect(desc.map((item: { id: string }) => item.id)).toEqual([...expected].reverse());
    });

    it("lets a superuser filter by owner, combined with a search and a page", async () => {
      const tag = freshTag();
      const ann = await signUpAndLogIn(app);
      const bob = await signUpAndLogIn(app);
      await addItems(ann.token, [
        [`${tag} one`, null],
        [`${tag} two`, null],
        ["other", null],
      ]);
      await addItems(bob.token, [[`${tag} bob`, null]]);
      const path = `/api/v1/items/?owner_id=${ann.id.toUpperCase()}&q=${tag}&sort=title&order=asc&skip=1&limit=1`;
      expect(await get(path, admin)).toMatchObject({
        status: 200,
        body: { count: 2, data: [{ title: `${tag} two` }] },
      });
      expect((await get(`/api/v1/items/?q=${tag}`, admin)).body.count).toBe(3);
      expect((await get(`/api/v1/items/?owner_id=${bob.id}`, admin)).body.count).toBe(1);
    });

    it("refuses the owner filter to a regular user, even naming themselves", async () => {
      const user = await signUpAndLogIn(app);
      expect(await get(`/api/v1/items/?owner_id=${user.id}`, user.token)).toEqual(forbidden);
    });

    it("answers 422 in the reference's shape for each bad parameter", async () => {
      const user = await signUpAndLogIn(app);
      const long = "x".repeat(201);
      expect(await get("/api/v1/items/?q=", user.token)).toEqual(
        invalidQuery("q", {
          type: "string_too_short",
          msg: "String should have at least 1 character",
          input: "",
          ctx: { min_length: 1 },
        }),
      );
      expect(await get(`/api/v1/items/?q=${long}`, user.token)).toEqual(
        invalidQuery("q", {
          type: "string_too_long",
          msg: "String should have at most 200 characters",
          input: long,
          ctx: { max_length: 200 },
        }),
      );
      expect((await get(`/api/v1/items/?q=${"x".repeat(200)}`, user.token)).status).toBe(200);
      expect(await get("/api/v1/items/?sort=owner_id", user.token)).toEqual(
        notOneOf("sort", "owner_id", "'created_at' or 'title'"),
      );
      expect(await get("/api/v1/items/?order=ASC", user.token)).toEqual(notOneOf("order", "ASC", "'desc' or 'asc'"));
      expect(await get("/api/v1/items/?owner_id=nope", admin)).toMatchObject(
        invalidQuery("owner_id", { type: "uuid_parsing", input: "nope" }),
      );
      expect(await get("/api/v1/items/?q=a%00b", user.token)).toMatchObject(
        invalidQuery("q", { type: "string_pattern_mismatch", input: "a\u0000b" }),
      );
    });

    it("reports every bad parameter at once, and checks the token first", async () => {
      const user = await signUpAndLogIn(app);
      const both = await get("/api/v1/items/?sort=x&order=y&q=", user.token);
      expect(both.status).toBe(422);
      expect(both.body.detail.map((entry: { loc: string[] }) => entry.loc[1]).sort()).toEqual(["order", "q", "sort"]);
      const anonymous = await app.call("GET", "/api/v1/items/?sort=x");
      expect(anonymous).toMatchObject({ status: 401, body: { detail: "Not authenticated" } });
    });
  });

  describe("GET /users/", () => {
    const addUsers = async (
      tag: string,
      users: readonly { name: string; fullName?: string | null; flags?: object }[],
    ) => {
      for (const { name, fullName = null, flags = {} } of users) {
        const json = {
          email: `${name}.${tag}@example.com`,
          password: "a-good-password",
          full_name: fullName,
          ...flags,
        };
        const created = await app.call("POST", "/api/v1/users/", { token: admin, json });
        expect(created.status).toBe(200);
      }
    };
    const emailsOf = (tag: string, body: { data: { email: string }[] }) =>
      body.data.map((user) => user.email.replace(`.${tag}@example.com`, ""));

    it("searches e-mail and full name case-insensitively and sorts both ways by each field", async () => {
      const tag = freshTag();
      await addUsers(tag, [
        { name: "bea", fullName: "Zoë" },
        { name: "al", fullName: "Carl" },
        { name: "cy" },
        { name: "dee", fullName: `Dee ${tag.toUpperCase()}` },
      ]);
      const list = async (query: string) => emailsOf(tag, (await get(`/api/v1/users/?q=${tag}&${query}`, admin)).body);
      expect(await list("")).toEqual(["dee", "cy", "al", "bea"]);
      expect(await list("sort=email&order=asc")).toEqual(["al", "bea", "cy", "dee"]);
      expect(await list("sort=email")).toEqual(["dee", "cy", "bea", "al"]);
      expect(await list("sort=full_name&order=asc")).toEqual(["al", "dee", "bea", "cy"]);
      expect(await list("sort=full_name&order=desc")).toEqual(["cy", "bea", "dee", "al"]);
      expect(await list("sort=created_at&order=asc")).toEqual(["bea", "al", "cy", "dee"]);
      expect((await get(`/api/v1/users/?q=${encodeURIComponent("ZOË")}`, admin)).body.count).toBeGreaterThanOrEqual(1);
    });

    it("filters by is_active and is_superuser, combined with a search and a page, counting the matches", async () => {
      const tag = freshTag();
      await addUsers(tag, [
        { name: "admin", flags: { is_superuser: true } },
        { name: "user" },
        { name: "idle", flags: { is_active: false } },
        { name: "idleadmin", flags: { is_active: false, is_superuser: true } },
      ]);
      const list = async (query: string) => (await get(`/api/v1/users/?q=${tag}&${query}`, admin)).body;
      expect(emailsOf(tag, await list("is_active=false&order=asc"))).toEqual(["idle", "idleadmin"]);
      expect(emailsOf(tag, await list("is_superuser=true&is_active=True"))).toEqual(["admin"]);
      expect(emailsOf(tag, await list("is_superuser=false"))).toEqual(["idle", "user"]);
      const paged = await list("is_superuser=true&sort=email&order=asc&skip=1&limit=1");
      expect({ count: paged.count, emails: emailsOf(tag, paged) }).toEqual({ count: 2, emails: ["idleadmin"] });
    });

    it("keeps the list to superusers", async () => {
      const user = await signUpAndLogIn(app);
      expect(await get("/api/v1/users/?q=a&is_active=true", user.token)).toEqual(forbidden);
    });

    it("answers 422 in the reference's shape for each bad parameter", async () => {
      expect(await get("/api/v1/users/?sort=title", admin)).toEqual(
        notOneOf("sort", "title", "'created_at', 'email' or 'full_name'"),
      );
      expect(await get("/api/v1/users/?order=up", admin)).toMatchObject(invalidQuery("order", { type: "enum" }));
      for (const name of ["is_active", "is_superuser"]) {
        expect(await get(`/api/v1/users/?${name}=maybe`, admin)).toEqual(
          invalidQuery(name, {
            type: "bool_parsing",
            msg: "Input should be a valid boolean, unable to interpret input",
            input: "maybe",
          }),
        );
      }
      expect(await get("/api/v1/users/?q=", admin)).toMatchObject(invalidQuery("q", { type: "string_too_short" }));
      expect(await get(`/api/v1/users/?q=${"y".repeat(201)}`, admin)).toMatchObject(
        invalidQuery("q", { type: "string_too_long" }),
      );
    });
  });
});
