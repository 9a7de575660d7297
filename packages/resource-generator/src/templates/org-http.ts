import { type Field, searchedFields, titleField } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { invalidJson, sampleJson } from "./field-code.js";
import { shapes as userShapes } from "./http.js";

/** The HTTP adapter of an organisation-scoped resource, under /api/v1/organizations/{org_id}/. */
type Template = (n: ResourceNames, fields: readonly Field[]) => string;

/** `text` with `from` replaced by `to`, which must be there: the user-scoped shapes this one extends changed otherwise. */
function replacedOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the user-scoped shapes no longer contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The user-scoped shapes, the answer naming the organisation too. */
export const shapes: Template = (n, fields) =>
  [
    ["  id: UUID;\n  owner_id: UUID;", "  id: UUID;\n  organization_id: UUID;\n  owner_id: UUID;"],
    [", id, ownerId, createdAt, ...unnamed }", ", id, organizationId, ownerId, createdAt, ...unnamed }"],
    ["id, owner_id: ownerId, created_at", "id, organization_id: organizationId, owner_id: ownerId, created_at"],
  ].reduce((text, [from = "", to = ""]) => replacedOnce(text, from, to), userShapes(n, fields));

/** The path of the resource's routes inside the organisations' route. */
export const orgRoute = (n: ResourceNames): string => `{org_id}/${n.route}`;

export const controller: Template = (n, fields) => {
  const searched = searchedFields(fields).map((f) => f.label.toLowerCase());
  const route = orgRoute(n);
  return `import {
  Body,
  Delete,
  Get,
  Path,
  Post,
  Put,
  Query,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { Create${n.Entity} } from "../../../core/${n.pluralKebab}/create-${n.kebab}.js";
import { Delete${n.Entity} } from "../../../core/${n.pluralKebab}/delete-${n.kebab}.js";
import { Get${n.Entity} } from "../../../core/${n.pluralKebab}/get-${n.kebab}.js";
import { List${n.Plural} } from "../../../core/${n.pluralKebab}/list-${n.pluralKebab}.js";
import { Update${n.Entity} } from "../../../core/${n.pluralKebab}/update-${n.kebab}.js";
import { BEARER, principalOf } from "../authentication.js";
import type { SortOrder } from "../list-queries.js";
import {
  type ${n.Entity}Create,
  type ${n.Entity}Public,
  type ${n.Entity}SortBy,
  type ${n.Entity}Update,
  type ${n.Plural}Public,
  ${n.entity}Input,
  ${n.entity}ListQuery,
  ${n.entity}Patch,
  ${n.entity}Public,
  ${n.plural}Public,
} from "../${n.pluralKebab}/${n.kebab}-shapes.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

/**
 * The ${n.pluralWords} of an organisation. Every operation needs membership (else 404 Organization not found);
 * members read and create, and change or delete what they created; admins and owners change or delete any.
 */
@injectable()
@Route("api/v1/organizations")
@Tags("${n.pluralKebab}")
@Security(BEARER)
@Response<HTTPValidationError>(422, "Validation Error")
export class ${n.Plural}Controller {
  constructor(
    @inject(List${n.Plural}) private readonly list${n.Plural}: List${n.Plural},
    @inject(Create${n.Entity}) private readonly create: Create${n.Entity},
    @inject(Get${n.Entity}) private readonly get${n.Entity}: Get${n.Entity},
    @inject(Update${n.Entity}) private readonly update: Update${n.Entity},
    @inject(Delete${n.Entity}) private readonly remove: Delete${n.Entity},
  ) {}

  /**
   * Retrieve the organisation's ${n.pluralWords}, newest first unless sorted.
   * @param q A case-insensitive substring of the ${searched.join(" or the ")} (% and _ are plain characters).
   * @param sort The field to sort by (default created_at); ties are ordered by id.
   * @param order desc (default) or asc.
   * @param owner_id Only the ${n.pluralWords} this member created.
   * @minLength q 1
   * @maxLength q 200
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("${route}/")
  public async read${n.Plural}(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() q?: string,
    @Query() sort: ${n.Entity}SortBy = "created_at",
    @Query() order: SortOrder = "desc",
    @Query() owner_id?: UUID,
  ): Promise<${n.Plural}Public> {
    const query = ${n.entity}ListQuery({ q, sort, order, owner_id });
    const actor = principalOf(request).actor;
    return ${n.plural}Public(await this.list${n.Plural}.execute(actor, org_id, { skip, limit }, query));
  }

  /** Create a new ${n.words} in the organisation, the caller recorded as its creator. */
  @Post("${route}/")
  public async create${n.Entity}(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Body() body: ${n.Entity}Create,
  ): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.create.execute(principalOf(request).actor, org_id, ${n.entity}Input(body)));
  }

  /** Get ${n.article} ${n.words} of the organisation by id. */
  @Get("${route}/{id}")
  public async read${n.Entity}(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() id: UUID,
  ): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.get${n.Entity}.execute(principalOf(request).actor, org_id, id));
  }

  /** Update ${n.article} ${n.words}; only the keys sent are changed. */
  @Put("${route}/{id}")
  public async update${n.Entity}(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() id: UUID,
    @Body() body: ${n.Entity}Update,
  ): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.update.execute(principalOf(request).actor, org_id, id, ${n.entity}Patch(body)));
  }

  /** Delete ${n.article} ${n.words}. */
  @Delete("${route}/{id}")
  public async delete${n.Entity}(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() id: UUID,
  ): Promise<Message> {
    await this.remove.execute(principalOf(request).actor, org_id, id);
    return message("${capitalized(n.words)} deleted successfully");
  }
}
`;
};

export const httpTest: Template = (n, fields) => {
  const title = titleField(fields);
  const required = fields.filter((f) => !f.optional);
  const base = `/api/v1/organizations/\${org}/${n.route}/`;
  return `import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../testing/test-app.js";
import { testDatabaseKinds } from "../testing/test-database.js";

const missing = "00000000-0000-4000-8000-000000000000";
const full = {
${fields.map((f) => `  ${f.column}: ${sampleJson(f, 0)},`).join("\n")}
};
const changed = {
${fields.map((f) => `  ${f.column}: ${sampleJson(f, 1)},`).join("\n")}
};
const organizationNotFound = { status: 404, body: { detail: "Organization not found" } };
const ${n.entity}NotFound = { status: 404, body: { detail: "${capitalized(n.words)} not found" } };
const forbidden = { status: 403, body: { detail: "Not enough permissions" } };
const deleted = { status: 200, body: { message: "${capitalized(n.words)} deleted successfully" } };

describe.each(testDatabaseKinds())("${n.route} of an organisation on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  const path = (org: string, id = "") => \`${base}\${id}\`;

  /** A new organisation of a new user, its owner. */
  async function ownOrganization() {
    const owner = await signUpAndLogIn(app);
    const created = await app.call("POST", "/api/v1/organizations/", { token: owner.token, json: { name: "Acme" } });
    expect(created.status).toBe(200);
    return { id: (created.body as { id: string }).id, owner };
  }

  /** A new organisation with its owner, an admin and two members. */
  async function organization() {
    const { id, owner } = await ownOrganization();
    const join = async (role: string) => {
      const user = await signUpAndLogIn(app);
      await app.knex("membership").insert({ organization_id: id, user_id: user.id, role });
      return user;
    };
    return { id, owner, admin: await join("admin"), member: await join("member"), other: await join("member") };
  }

  const create = async (org: string, token: string, json: object = full) => {
    const response = await app.call("POST", path(org), { token, json });
    expect(response.status).toBe(200);
    return response.body as { id: string; organization_id: string; owner_id: string };
  };

  it("lets a member create, read, change and delete ${n.article} ${n.words}, every field round-tripping", async () => {
    const acme = await organization();
    const token = acme.member.token;
    const created = await create(acme.id, token);
    expect(created).toEqual({
      ...full,
      id: expect.any(String),
      organization_id: acme.id,
      owner_id: acme.member.id,
      created_at: expect.any(String),
    });
    expect(await app.call("GET", path(acme.id, created.id), { token })).toMatchObject({ status: 200, body: created });
    const updated = await app.call("PUT", path(acme.id, created.id), { token, json: changed });
    expect(updated).toMatchObject({ status: 200, body: { ...created, ...changed } });
    expect(await app.call("DELETE", path(acme.id, created.id), { token })).toMatchObject(deleted);
    expect(await app.call("GET", path(acme.id, created.id), { token })).toMatchObject(${n.entity}NotFound);
  });

  it("shows a member every ${n.words} of the organisation, and lets them change or delete only their own", async () => {
    const acme = await organization();
    const theirs = await create(acme.id, acme.other.token);
    const token = acme.member.token;
    expect(await app.call("GET", path(acme.id, theirs.id), { token })).toMatchObject({ status: 200, body: theirs });
    const listed = await app.call("GET", path(acme.id), { token });
    expect(listed.body).toMatchObject({ data: [{ id: theirs.id }], count: 1 });
    expect(await app.call("PUT", path(acme.id, theirs.id), { token, json: changed })).toMatchObject(forbidden);
    expect(await app.call("DELETE", path(acme.id, theirs.id), { token })).toMatchObject(forbidden);
    expect(await app.call("GET", path(acme.id, theirs.id), { token })).toMatchObject({ status: 200, body: theirs });
  });

  it("lets an admin and the owner change and delete any ${n.words} of the organisation", async () => {
    const acme = await organization();
    for (const manager of [acme.admin, acme.owner]) {
      const theirs = await create(acme.id, acme.member.token);
      const updated = await app.call("PUT", path(acme.id, theirs.id), { token: manager.token, json: changed });
      expect(updated).toMatchObject({ status: 200, body: { ...theirs, ...changed, owner_id: acme.member.id } });
      expect(await app.call("DELETE", path(acme.id, theirs.id), { token: manager.token })).toMatchObject(deleted);
    }
  });

  it("answers Organization not found to a member of another organisation, and to the superuser, on every operation", async () => {
    const acme = await organization();
    const globex = await organization();
    const ${n.entity} = await create(acme.id, acme.member.token);
    for (const token of [globex.owner.token, globex.member.token, await app.superuserToken()]) {
      expect(await app.call("GET", path(acme.id), { token })).toMatchObject(organizationNotFound);
      expect(await app.call("POST", path(acme.id), { token, json: full })).toMatchObject(organizationNotFound);
      expect(await app.call("GET", path(acme.id, ${n.entity}.id), { token })).toMatchObject(organizationNotFound);
      const put = await app.call("PUT", path(acme.id, ${n.entity}.id), { token, json: changed });
      expect(put).toMatchObject(organizationNotFound);
      expect(await app.call("DELETE", path(acme.id, ${n.entity}.id), { token })).toMatchObject(organizationNotFound);
    }
    expect(await app.call("GET", path(missing), { token: acme.member.token })).toMatchObject(organizationNotFound);
    const listed = await app.call("GET", path(acme.id), { token: acme.member.token });
    expect(listed.body).toMatchObject({ data: [{ id: ${n.entity}.id }], count: 1 });
  });

  it("answers the ${n.words}'s own 404 for the id of another organisation's ${n.words}, which its members still read", async () => {
    const acme = await organization();
    const globex = await organization();
    const elsewhere = await create(globex.id, globex.owner.token);
    for (const token of [acme.owner.token, acme.member.token]) {
      expect(await app.call("GET", path(acme.id, elsewhere.id), { token })).toMatchObject(${n.entity}NotFound);
      const put = await app.call("PUT", path(acme.id, elsewhere.id), { token, json: changed });
      expect(put).toMatchObject(${n.entity}NotFound);
      expect(await app.call("DELETE", path(acme.id, elsewhere.id), { token })).toMatchObject(${n.entity}NotFound);
    }
    const token = globex.owner.token;
    expect(await app.call("GET", path(globex.id, elsewhere.id), { token })).toMatchObject({ status: 200 });
  });

  it("refuses a body without the required fields", async () => {
    const acme = await ownOrganization();
    const response = await app.call("POST", path(acme.id), { token: acme.owner.token, json: {} });
    expect(response.status).toBe(422);
    expect(response.body.detail.map((error: { loc: string[] }) => error.loc.at(-1)).sort()).toEqual(${JSON.stringify(required.map((f) => f.column).sort())});
  });

  it.each([
${fields.map((f) => `    ["${f.column}", ${invalidJson(f)}],`).join("\n")}
  ])("refuses an invalid %s with a 422 naming it", async (field, value) => {
    const acme = await ownOrganization();
    const response = await app.call("POST", path(acme.id), { token: acme.owner.token, json: { ...full, [field]: value } });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([expect.objectContaining({ loc: ["body", field] })]);
  });

  it("searches, sorts, pages and filters by creator the organisation's ${n.pluralWords}", async () => {
    const acme = await organization();
    for (const ${title.name} of ["banana", "Apple"]) await create(acme.id, acme.member.token, { ...full, ${title.column}: ${title.name} });
    await create(acme.id, acme.admin.token, { ...full, ${title.column}: "cherry" });
    const list = async (query: string) =>
      ((await app.call("GET", \`\${path(acme.id)}?\${query}\`, { token: acme.member.token })).body as {
        data: { ${title.column}: string }[];
        count: number;
      });
    const names = async (query: string) => (await list(query)).data.map((row) => row.${title.column});
    expect(await names("")).toEqual(["cherry", "Apple", "banana"]);
    expect(await names("q=AN")).toEqual(["banana"]);
    expect(await names("sort=${title.column}&order=asc")).toEqual(["Apple", "banana", "cherry"]);
    expect(await names(\`owner_id=\${acme.admin.id}\`)).toEqual(["cherry"]);
    expect(await list("skip=1&limit=1")).toEqual({ data: [expect.objectContaining({ ${title.column}: "Apple" })], count: 3 });
    const badSort = await app.call("GET", \`\${path(acme.id)}?sort=owner_id\`, { token: acme.member.token });
    expect(badSort.status).toBe(422);
  });

  it("answers 404 for a missing ${n.words}, 422 for a malformed id and 401 without a token", async () => {
    const acme = await ownOrganization();
    const token = acme.owner.token;
    expect(await app.call("GET", path(acme.id, missing), { token })).toMatchObject(${n.entity}NotFound);
    expect((await app.call("GET", path(acme.id, "not-a-uuid"), { token })).status).toBe(422);
    expect((await app.call("GET", path("not-a-uuid"), { token })).status).toBe(422);
    expect((await app.call("GET", path(acme.id))).status).toBe(401);
  });

  it("goes with its organisation", async () => {
    const acme = await ownOrganization();
    const ${n.entity} = await create(acme.id, acme.owner.token);
    expect((await app.call("DELETE", \`/api/v1/organizations/\${acme.id}\`, { token: acme.owner.token })).status).toBe(200);
    expect(await app.knex("${n.snake}").where("id", ${n.entity}.id)).toEqual([]);
  });
});
`;
};
