import { type Field, searchedFields, sortedFields } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import type { ResourceScope } from "../scope.js";
import { newestFirst } from "./core.js";
import { columnBuilder, columnType, fromColumn, sampleValue } from "./field-code.js";

type Template = (n: ResourceNames, fields: readonly Field[]) => string;
/** A template whose code differs where an organisation-scoped resource's rows also carry their organisation. */
type ScopedTemplate = (n: ResourceNames, fields: readonly Field[], scope?: ResourceScope) => string;

const sortKeys = (fields: readonly Field[]) => ["createdAt", ...sortedFields(fields).map((f) => f.name)];

export const inMemoryRepository: ScopedTemplate = (
  n,
  fields,
  scope = "user",
) => `import { randomUUID } from "node:crypto";
import type { New${n.Entity}, ${n.Entity}, ${n.Entity}Patch } from "../../core/${n.pluralKebab}/${n.kebab}.js";
import { type ${n.Entity}ListQuery, type ${n.Entity}Sort, ${newestFirst(n)} } from "../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import type { ${n.Entity}Repository } from "../../core/${n.pluralKebab}/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { type InMemoryListSpec, listOf } from "./in-memory-list.js";
import { applyPatch, detached, type InMemoryStore } from "./in-memory-store.js";

const patchable: Record<keyof ${n.Entity}Patch, true> = { ${fields.map((f) => `${f.name}: true`).join(", ")} };
const PATCHABLE = Object.keys(patchable) as (keyof ${n.Entity}Patch)[];

const listSpec = (sort: ${n.Entity}Sort): InMemoryListSpec<${n.Entity}> => ({
  searched: [${searchedFields(fields)
    .map((f) => `(${n.entity}) => ${n.entity}.${f.name}`)
    .join(", ")}],
  sortValue: (${n.entity}) => ${n.entity}[sort],
});

/** The ${n.Entity}Repository in process memory, behaving like the database one, ${scope === "user" ? "foreign key to the owner included" : "foreign keys to the organisation and the creator included"}. */
export class InMemory${n.Entity}Repository implements ${n.Entity}Repository {
  private readonly rows: Map<string, ${n.Entity}>;

  constructor(private readonly store: InMemoryStore) {
    this.rows = store.ownedTable<${n.Entity}>("${n.snake}");
  }

  async findById(id: string): Promise<${n.Entity} | null> {
    const ${n.entity} = this.rows.get(id);
    return ${n.entity} ? detached(${n.entity}) : null;
  }

  async add(draft: New${n.Entity}): Promise<${n.Entity}> {
${
  scope === "user"
    ? `    // The database refuses ${n.article} ${n.words} whose owner does not exist (foreign key); so does the fake.
    if (!this.store.users.has(draft.ownerId)) throw new Error(\`no user \${draft.ownerId} to own the ${n.words}\`);`
    : `    // The database refuses ${n.article} ${n.words} whose organisation or creator does not exist (foreign keys); so does the fake.
    if (!this.store.organizations.has(draft.organizationId)) throw new Error(\`no organization \${draft.organizationId} for the ${n.words}\`);
    if (!this.store.users.has(draft.ownerId)) throw new Error(\`no user \${draft.ownerId} to create the ${n.words}\`);`
}
    const ${n.entity}: ${n.Entity} = {
      id: randomUUID(),
${fields.map((f) => `      ${f.name}: draft.${f.name},`).join("\n")}
${scope === "user" ? "" : "      organizationId: draft.organizationId,\n"}      ownerId: draft.ownerId,
      createdAt: this.store.nextCreatedAt(),
    };
    this.rows.set(${n.entity}.id, ${n.entity});
    return detached(${n.entity});
  }

  async update(id: string, patch: ${n.Entity}Patch): Promise<${n.Entity} | null> {
    const current = this.rows.get(id);
    if (!current) return null;
    const next = applyPatch(current, patch, PATCHABLE);
    this.rows.set(id, next);
    return detached(next);
  }

  async remove(id: string): Promise<boolean> {
    return this.rows.delete(id);
  }

${
  scope === "user"
    ? `  async list(page: Page, query: ${n.Entity}ListQuery = ${newestFirst(n)}): Promise<Paged<${n.Entity}>> {
    const { ownerId } = query.filters;
    const rows = [...this.rows.values()].filter((${n.entity}) => ownerId === undefined || ${n.entity}.ownerId === ownerId);`
    : `  async list(organizationId: string, page: Page, query: ${n.Entity}ListQuery = ${newestFirst(n)}): Promise<Paged<${n.Entity}>> {
    const { ownerId } = query.filters;
    const rows = [...this.rows.values()].filter(
      (${n.entity}) => ${n.entity}.organizationId === organizationId && (ownerId === undefined || ${n.entity}.ownerId === ownerId),
    );`
}
    return listOf(rows, page, query, listSpec(query.sort));
  }
}
`;

export const model: ScopedTemplate = (n, fields, scope = "user") => `import { Model } from "objection";

/** A row of the \`${n.snake}\` table, as Objection sees it; private to the persistence adapter. */
export class ${n.Entity}Model extends Model {
  static override tableName = "${n.snake}";

  declare id: string;
${fields.map((f) => `  declare ${f.column}: ${columnType(f)};`).join("\n")}
${scope === "user" ? "" : "  declare organization_id: string;\n"}  declare owner_id: string;
  declare created_at: Date | null;
}
`;

export const objectionRepository: ScopedTemplate = (n, fields, scope = "user") => {
  const usesDates = fields.some((f) => f.type === "date");
  const usesReadable = sortedFields(fields).length > 0;
  return `import type { Knex } from "knex";
import type { ModelObject } from "objection";
import type { New${n.Entity}, ${n.Entity}, ${n.Entity}Patch } from "../../../core/${n.pluralKebab}/${n.kebab}.js";
import { type ${n.Entity}ListQuery, type ${n.Entity}Sort, ${newestFirst(n)} } from "../../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import type { ${n.Entity}Repository } from "../../../core/${n.pluralKebab}/ports.js";
import type { Page, Paged } from "../../../core/shared/page.js";
${usesDates ? 'import { calendarDate } from "../calendar-date.js";\n' : ""}import { columnValues, type FieldColumns } from "../field-columns.js";
import { isUuid } from "../is-uuid.js";
import { type ListColumns, listPage } from "../list-page.js";
${usesReadable ? 'import { readable } from "../readable-order.js";\n' : ""}import { ${n.Entity}Model } from "./${n.kebab}-model.js";

type ${n.Entity}Row = ModelObject<${n.Entity}Model>;

const to${n.Entity} = (row: ${n.Entity}Row): ${n.Entity} => ({
  id: row.id,
${fields.map((f) => `  ${f.name}: ${fromColumn(f, `row.${f.column}`)},`).join("\n")}
${scope === "user" ? "" : "  organizationId: row.organization_id,\n"}  ownerId: row.owner_id,
  createdAt: row.created_at,
});

const newColumns: FieldColumns<New${n.Entity}, ${n.Entity}Model> = { ${fields.map((f) => `${f.name}: "${f.column}"`).join(", ")}, ${scope === "user" ? "" : 'organizationId: "organization_id", '}ownerId: "owner_id" };

const patchColumns: FieldColumns<${n.Entity}Patch, ${n.Entity}Model> = { ${fields.map((f) => `${f.name}: "${f.column}"`).join(", ")} };

const listColumns: ListColumns<${n.Entity}Sort> = {
  searched: [${searchedFields(fields)
    .map((f) => `"${f.column}"`)
    .join(", ")}],
  sortColumn: { ${sortKeys(fields)
    .map(
      (key) =>
        `${key}: ${key === "createdAt" ? '"created_at"' : `readable("${fields.find((f) => f.name === key)?.column}")`}`,
    )
    .join(", ")} },
};

/** The ${n.Entity}Repository on PostgreSQL or PGlite; ${n.article} ${n.words}'s ${scope === "user" ? "owner must exist (foreign key)" : "organisation and creator must exist (foreign keys)"}. */
export class Objection${n.Entity}Repository implements ${n.Entity}Repository {
  constructor(private readonly knex: Knex) {}

  async findById(id: string): Promise<${n.Entity} | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id);
    return row ? to${n.Entity}(row) : null;
  }

  async add(${n.entity}: New${n.Entity}): Promise<${n.Entity}> {
    const row = await this.query().insert(columnValues(${n.entity}, newColumns)).returning("*");
    return to${n.Entity}(row);
  }

  async update(id: string, patch: ${n.Entity}Patch): Promise<${n.Entity} | null> {
    if (!isUuid(id)) return null;
    const columns = columnValues(patch, patchColumns);
    if (Object.keys(columns).length === 0) return this.findById(id);
    const row = await this.query().patch(columns).findById(id).returning("*");
    return row ? to${n.Entity}(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // \`returning\` because knex-pglite answers a bare delete with its raw response instead of a row count.
    const removed = await this.query().delete().where("id", id).returning("id");
    return removed.length > 0;
  }

${
  scope === "user"
    ? `  async list(page: Page, query: ${n.Entity}ListQuery = ${newestFirst(n)}): Promise<Paged<${n.Entity}>> {
    const { ownerId } = query.filters;
    if (ownerId !== undefined && !isUuid(ownerId)) return { data: [], count: 0 };
    const table = this.knex("${n.snake}");
    const filtered = ownerId === undefined ? table : table.where("owner_id", ownerId);`
    : `  async list(organizationId: string, page: Page, query: ${n.Entity}ListQuery = ${newestFirst(n)}): Promise<Paged<${n.Entity}>> {
    const { ownerId } = query.filters;
    if (!isUuid(organizationId) || (ownerId !== undefined && !isUuid(ownerId))) return { data: [], count: 0 };
    const inOrganization = this.knex("${n.snake}").where("organization_id", organizationId);
    const filtered = ownerId === undefined ? inOrganization : inOrganization.where("owner_id", ownerId);`
}
    const { rows, count } = await listPage(this.knex, filtered, page, query, listColumns);
    return { data: (rows as unknown as ${n.Entity}Row[]).map(to${n.Entity}), count };
  }

  private query() {
    return ${n.Entity}Model.query(this.knex);
  }
}
`;
};

export const migration: ScopedTemplate = (n, fields, scope = "user") => {
  const trigram = searchedFields(fields).map((f) => `["ix_${n.snake}_${f.column}_trgm", "${f.column}"]`);
  // A user's list is everyone's (the superuser's) or one owner's; an organisation's is always one organisation's.
  const readable =
    scope === "user"
      ? sortedFields(fields).flatMap((f) => [
          `["ix_${n.snake}_${f.column}_readable", \`\${key("${f.column}")}, id\`]`,
          `["ix_${n.snake}_owner_id_${f.column}_readable", \`owner_id, \${key("${f.column}")}, id\`]`,
        ])
      : sortedFields(fields).map(
          (f) =>
            `["ix_${n.snake}_organization_id_${f.column}_readable", \`organization_id, \${key("${f.column}")}, id\`]`,
        );
  return `import type { Knex } from "knex";

const trigramIndexes = [${trigram.join(", ")}] as const;

// The sort key of adapters/persistence/readable-order.ts, written out: a migration must not change when code does.
const key = (column: string) => \`lower(regexp_replace(normalize("\${column}", NFD), '[\\\\u0300-\\\\u036f]', '', 'g'))\`;

const readableIndexes = [${readable.join(", ")}] as const;

/**
${
  scope === "user"
    ? ` * The \`${n.snake}\` table, deleted with its owner, indexed for the owner's newest-first list, the search and the
 * lists sorted as people read them (case and accents aside).`
    : ` * The \`${n.snake}\` table, deleted with its organisation and with its creator, indexed for the organisation's
 * newest-first list, the search and the lists sorted as people read them (case and accents aside).`
}
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("${n.snake}", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
${fields.map((f) => `    ${columnBuilder(f)};`).join("\n")}
${scope === "user" ? "" : '    table.uuid("organization_id").notNullable().references("id").inTable("organization").onDelete("CASCADE");\n'}    table.uuid("owner_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
${
  scope === "user"
    ? `    table.index(["owner_id", "created_at"], "ix_${n.snake}_owner_id_created_at");
    table.index(["created_at"], "ix_${n.snake}_created_at");`
    : `    table.index(["organization_id", "created_at"], "ix_${n.snake}_organization_id_created_at");
    table.index(["owner_id"], "ix_${n.snake}_owner_id");`
}
  });
  await knex.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  for (const [name, column] of trigramIndexes) {
    await knex.raw("CREATE INDEX ?? ON ?? USING gin (?? gin_trgm_ops)", [name, "${n.snake}", column]);
  }
  for (const [name, columns] of readableIndexes) await knex.raw(\`CREATE INDEX ?? ON ?? (\${columns})\`, [name, "${n.snake}"]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("${n.snake}");
}
`;
};

export const builder: Template = (
  n,
  fields,
) => `import type { New${n.Entity} } from "../../core/${n.pluralKebab}/${n.kebab}.js";

/** ${capitalized(n.article)} ${n.words} of \`ownerId\` to store, with sample values; a test names only the fields it is about. */
export const new${n.Entity} = (ownerId: string, overrides: Partial<New${n.Entity}> = {}): New${n.Entity} => ({
${fields.map((f) => `  ${f.name}: ${sampleValue(f, 0)},`).join("\n")}
  ownerId,
  ...overrides,
});
`;

export const sortIndexesTest: Template = (n, fields) => {
  const sorted = sortedFields(fields).map((f) => `["${f.name}", "${f.column}"]`);
  return `import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ${newestFirst(n)} } from "../../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import { new${n.Entity} } from "../../testing/${n.kebab}-builder.js";
import { planOf } from "../../testing/query-plan.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../testing/test-database.js";
import { newUser } from "../../testing/user-builder.js";
import { ObjectionUserRepository } from "../users/objection-user-repository.js";
import { Objection${n.Entity}Repository } from "./objection-${n.kebab}-repository.js";

const sortedColumns = [${sorted.join(", ")}] as const;

describe.each(testDatabaseKinds())("the ${n.words} list's readable sort indexes on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it("serve the list sorted by each sortable text, both ways, everyone's and one owner's", async () => {
    const { knex } = database;
    const owner = await new ObjectionUserRepository(knex).add(newUser("plan@example.com"));
    const ${n.plural} = new Objection${n.Entity}Repository(knex);
    await ${n.plural}.add(new${n.Entity}(owner.id));
    const page = { skip: 0, limit: 10 };
    for (const [sort, column] of sortedColumns) {
      for (const order of ["asc", "desc"] as const) {
        const query = { ...${newestFirst(n)}, sort, order };
        expect(await planOf(knex, () => ${n.plural}.list(page, query))).toContain(\`ix_${n.snake}_\${column}_readable\`);
        const owned = () => ${n.plural}.list(page, { ...query, filters: { ownerId: owner.id } });
        expect(await planOf(knex, owned)).toContain(\`ix_${n.snake}_owner_id_\${column}_readable\`);
      }
    }
  });
});
`;
};
