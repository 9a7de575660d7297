import { type Field, searchedFields, sortedFields, titleField } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { bodyRules, bodyType, fromBody, invalidJson, jsDoc, nullable, publicType, sampleJson } from "./field-code.js";

type Template = (n: ResourceNames, fields: readonly Field[]) => string;

const bodyField = (f: Field, optionalKey: boolean) =>
  `${jsDoc(bodyRules(f))}  ${f.column}${optionalKey || f.optional ? "?" : ""}: ${nullable(f, bodyType(f))};`;

export const shapes: Template = (n, fields) => {
  const aliases = ["Decimal", "CalendarDate"].filter((alias) =>
    fields.some((f) => publicType(f) === alias || (alias === "CalendarDate" && f.type === "date")),
  );
  const needsDay = fields.some((f) => f.type === "date");
  const fieldImports = [...aliases.map((alias) => `type ${alias}`), ...(needsDay ? ["dayOf"] : [])];
  const sortBy = ["created_at", ...sortedFields(fields).map((f) => f.column)];
  return `import type { ${n.Entity}, ${n.Entity}Patch } from "../../../core/${n.pluralKebab}/${n.kebab}.js";
import type { ${n.Entity}ListQuery, ${n.Entity}Sort } from "../../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import type { Paged } from "../../../core/shared/page.js";
${fieldImports.length > 0 ? `import { ${fieldImports.join(", ")} } from "../field-shapes.js";\n` : ""}import type { SortOrder } from "../list-queries.js";
import { nothingLeft, present, type UUID } from "../shared-shapes.js";

/** A new ${n.words}. */
export interface ${n.Entity}Create {
${fields.map((f) => bodyField(f, false)).join("\n")}
}

/** A partial change to ${n.article} ${n.words}; only the keys sent are changed. */
export interface ${n.Entity}Update {
${fields.map((f) => bodyField(f, true)).join("\n")}
}

/** ${capitalized(n.article)} ${n.words} as the API shows it. */
export interface ${n.Entity}Public {
${fields.map((f) => `  ${f.column}: ${nullable(f, publicType(f))};`).join("\n")}
  id: UUID;
  owner_id: UUID;
  created_at: Date | null;
}

/** One page of ${n.pluralWords} and the number of all matching ${n.pluralWords}. */
export interface ${n.Plural}Public {
  data: ${n.Entity}Public[];
  count: number;
}

/** The field the ${n.words} list is sorted by. */
export type ${n.Entity}SortBy = ${sortBy.map((s) => JSON.stringify(s)).join(" | ")};

export function ${n.entity}Public(${n.entity}: ${n.Entity}): ${n.Entity}Public {
  const { ${fields.map((f) => f.name).join(", ")}, id, ownerId, createdAt, ...unnamed } = ${n.entity};
  nothingLeft(unnamed);
  return { ${fields.map((f) => (f.name === f.column ? f.name : `${f.column}: ${f.name}`)).join(", ")}, id, owner_id: ownerId, created_at: createdAt };
}

export const ${n.plural}Public = (page: Paged<${n.Entity}>): ${n.Plural}Public => ({
  data: page.data.map(${n.entity}Public),
  count: page.count,
});

export const ${n.entity}Input = (body: ${n.Entity}Create) => ({
${fields.map((f) => `  ${f.name}: ${fromBody(f, `body.${f.column}`)},`).join("\n")}
});

export const ${n.entity}Patch = (body: ${n.Entity}Update): ${n.Entity}Patch =>
  present<${n.Entity}Patch>({
${fields.map((f) => `    ${f.name}: ${f.type === "date" ? `body.${f.column} ? dayOf(body.${f.column}) : body.${f.column}` : `body.${f.column}`},`).join("\n")}
  });

const sorts: Record<${n.Entity}SortBy, ${n.Entity}Sort> = { ${sortBy
    .map((s) => `${s}: "${s === "created_at" ? "createdAt" : fields.find((f) => f.column === s)?.name}"`)
    .join(", ")} };

/** The list parameters as they arrive in the query string, as the use case takes them. */
export const ${n.entity}ListQuery = (parameters: {
  readonly q: string | undefined;
  readonly sort: ${n.Entity}SortBy;
  readonly order: SortOrder;
  readonly owner_id: UUID | undefined;
}): ${n.Entity}ListQuery => ({
  search: parameters.q ?? null,
  sort: sorts[parameters.sort],
  order: parameters.order,
  filters: parameters.owner_id === undefined ? {} : { ownerId: parameters.owner_id },
});
`;
};

export const controller: Template = (n, fields) => {
  const searched = searchedFields(fields).map((f) => f.label.toLowerCase());
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

@injectable()
@Route("api/v1/${n.route}")
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
   * Retrieve ${n.pluralWords}, newest first unless sorted: a superuser sees all ${n.pluralWords}, anyone else their own.
   * @param q A case-insensitive substring of the ${searched.join(" or the ")} (% and _ are plain characters).
   * @param sort The field to sort by (default created_at); ties are ordered by id.
   * @param order desc (default) or asc.
   * @param owner_id Only this owner's ${n.pluralWords} (superusers only; anyone else gets 403).
   * @minLength q 1
   * @maxLength q 200
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("/")
  public async read${n.Plural}(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() q?: string,
    @Query() sort: ${n.Entity}SortBy = "created_at",
    @Query() order: SortOrder = "desc",
    @Query() owner_id?: UUID,
  ): Promise<${n.Plural}Public> {
    const query = ${n.entity}ListQuery({ q, sort, order, owner_id });
    return ${n.plural}Public(await this.list${n.Plural}.execute(principalOf(request).actor, { skip, limit }, query));
  }

  /** Create a new ${n.words} owned by the caller. */
  @Post("/")
  public async create${n.Entity}(@Request() request: KoaRequest, @Body() body: ${n.Entity}Create): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.create.execute(principalOf(request).actor, ${n.entity}Input(body)));
  }

  /** Get ${n.article} ${n.words} by id. */
  @Get("{id}")
  public async read${n.Entity}(@Request() request: KoaRequest, @Path() id: UUID): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.get${n.Entity}.execute(principalOf(request).actor, id));
  }

  /** Update ${n.article} ${n.words}; only the keys sent are changed. */
  @Put("{id}")
  public async update${n.Entity}(
    @Request() request: KoaRequest,
    @Path() id: UUID,
    @Body() body: ${n.Entity}Update,
  ): Promise<${n.Entity}Public> {
    return ${n.entity}Public(await this.update.execute(principalOf(request).actor, id, ${n.entity}Patch(body)));
  }

  /** Delete ${n.article} ${n.words}. */
  @Delete("{id}")
  public async delete${n.Entity}(@Request() request: KoaRequest, @Path() id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.remove.execute(actor, id, context);
    return message("${capitalized(n.words)} deleted successfully");
  }
}
`;
};

export const httpTest: Template = (n, fields) => {
  const title = titleField(fields);
  const path = `/api/v1/${n.route}/`;
  const required = fields.filter((f) => !f.optional);
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

describe.each(testDatabaseKinds())("${n.route} endpoints on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const create = async (token: string, json: object = full) => {
    const response = await app.call("POST", "${path}", { token, json });
    expect(response.status).toBe(200);
    return response.body as { id: string; owner_id: string };
  };

  it("creates, reads, changes and deletes ${n.article} ${n.words}, every field round-tripping", async () => {
    const user = await signUpAndLogIn(app);
    const created = await create(user.token);
    expect(created).toEqual({ ...full, id: expect.any(String), owner_id: user.id, created_at: expect.any(String) });
    const read = await app.call("GET", \`${path}\${created.id}\`, { token: user.token });
    expect(read).toMatchObject({ status: 200, body: created });
    const updated = await app.call("PUT", \`${path}\${created.id}\`, { token: user.token, json: changed });
    expect(updated).toMatchObject({ status: 200, body: { ...created, ...changed } });
    const removed = await app.call("DELETE", \`${path}\${created.id}\`, { token: user.token });
    expect(removed).toMatchObject({ status: 200, body: { message: "${capitalized(n.words)} deleted successfully" } });
    const gone = await app.call("GET", \`${path}\${created.id}\`, { token: user.token });
    expect(gone).toMatchObject({ status: 404, body: { detail: "${capitalized(n.words)} not found" } });
  });

  it("refuses a body without the required fields", async () => {
    const user = await signUpAndLogIn(app);
    const response = await app.call("POST", "${path}", { token: user.token, json: {} });
    expect(response.status).toBe(422);
    expect(response.body.detail.map((error: { loc: string[] }) => error.loc.at(-1)).sort()).toEqual(${JSON.stringify(required.map((f) => f.column).sort())});
  });

  it.each([
${fields.map((f) => `    ["${f.column}", ${invalidJson(f)}],`).join("\n")}
  ])("refuses an invalid %s with a 422 naming it", async (field, value) => {
    const user = await signUpAndLogIn(app);
    const response = await app.call("POST", "${path}", { token: user.token, json: { ...full, [field]: value } });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual([expect.objectContaining({ loc: ["body", field] })]);
  });

  it("keeps ${n.pluralWords} to their owner; a superuser sees and filters everyone's", async () => {
    const owner = await signUpAndLogIn(app);
    const stranger = await signUpAndLogIn(app);
    const created = await create(owner.token);
    const notYours = { status: 403, body: { detail: "Not enough permissions" } };
    expect(await app.call("GET", \`${path}\${created.id}\`, { token: stranger.token })).toMatchObject(notYours);
    expect(await app.call("PUT", \`${path}\${created.id}\`, { token: stranger.token, json: changed })).toMatchObject(notYours);
    expect(await app.call("DELETE", \`${path}\${created.id}\`, { token: stranger.token })).toMatchObject(notYours);
    expect((await app.call("GET", "${path}", { token: stranger.token })).body).toEqual({ data: [], count: 0 });
    const byOwner = await app.call("GET", \`${path}?owner_id=\${owner.id}\`, { token: admin });
    expect(byOwner.body).toMatchObject({ data: [{ id: created.id }], count: 1 });
    const refused = await app.call("GET", \`${path}?owner_id=\${owner.id}\`, { token: owner.token });
    expect(refused.status).toBe(403);
  });

  it("searches, sorts and pages a user's ${n.pluralWords}", async () => {
    const user = await signUpAndLogIn(app);
    for (const ${title.name} of ["banana", "Apple", "cherry"]) await create(user.token, { ...full, ${title.column}: ${title.name} });
    const list = async (query: string) =>
      ((await app.call("GET", \`${path}?\${query}\`, { token: user.token })).body as { data: { ${title.column}: string }[]; count: number });
    const names = async (query: string) => (await list(query)).data.map((row) => row.${title.column});
    expect(await names("")).toEqual(["cherry", "Apple", "banana"]);
    expect(await names("q=AN")).toEqual(["banana"]);
    expect(await names("sort=${title.column}&order=asc")).toEqual(["Apple", "banana", "cherry"]);
    expect(await list("skip=1&limit=1")).toEqual({ data: [expect.objectContaining({ ${title.column}: "Apple" })], count: 3 });
    expect((await app.call("GET", "${path}?sort=owner_id", { token: user.token })).status).toBe(422);
  });

  it("answers 404 for a missing ${n.words} and 422 for a malformed id", async () => {
    const user = await signUpAndLogIn(app);
    expect((await app.call("GET", \`${path}\${missing}\`, { token: user.token })).status).toBe(404);
    expect((await app.call("GET", "${path}not-a-uuid", { token: user.token })).status).toBe(422);
    expect((await app.call("GET", "${path}")).status).toBe(401);
  });
});
`;
};
