import { type Field, sortedFields } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { newestFirst } from "./core.js";
import { sampleValue } from "./field-code.js";

/**
 * The parts of an organisation-scoped resource's adapters that are its own (its test builder and index test);
 * its repositories and model are adapters.ts's, given the scope.
 */
type Template = (n: ResourceNames, fields: readonly Field[]) => string;

export const builder: Template = (
  n,
  fields,
) => `import type { New${n.Entity} } from "../../core/${n.pluralKebab}/${n.kebab}.js";

/** ${capitalized(n.article)} ${n.words} of \`organizationId\` created by \`ownerId\`, with sample values; a test names only the fields it is about. */
export const new${n.Entity} = (
  organizationId: string,
  ownerId: string,
  overrides: Partial<New${n.Entity}> = {},
): New${n.Entity} => ({
${fields.map((f) => `  ${f.name}: ${sampleValue(f, 0)},`).join("\n")}
  organizationId,
  ownerId,
  ...overrides,
});
`;

export const sortIndexesTest: Template = (n, fields) => {
  const sortedNames = sortedFields(fields).map((f) => `["${f.name}", "${f.column}"]`);
  return `import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ${newestFirst(n)} } from "../../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import { new${n.Entity} } from "../../testing/${n.kebab}-builder.js";
import { planOf } from "../../testing/query-plan.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../testing/test-database.js";
import { newUser } from "../../testing/user-builder.js";
import { ObjectionOrganizationRepository } from "../organizations/objection-organization-repository.js";
import { ObjectionUserRepository } from "../users/objection-user-repository.js";
import { Objection${n.Entity}Repository } from "./objection-${n.kebab}-repository.js";

const sortedColumns = [${sortedNames.join(", ")}] as const;

describe.each(testDatabaseKinds())("the ${n.words} list's indexes on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it("serve an organisation's list sorted by each sortable text, both ways", async () => {
    const { knex } = database;
    const owner = await new ObjectionUserRepository(knex).add(newUser("plan@example.com"));
    const organization = await new ObjectionOrganizationRepository(knex).add({ name: "Plan", slug: "plan" });
    if (!organization) throw new Error("the organisation was not added");
    const ${n.plural} = new Objection${n.Entity}Repository(knex);
    await ${n.plural}.add(new${n.Entity}(organization.id, owner.id));
    const page = { skip: 0, limit: 10 };
    for (const [sort, column] of sortedColumns) {
      for (const order of ["asc", "desc"] as const) {
        const query = { ...${newestFirst(n)}, sort, order };
        const listed = () => ${n.plural}.list(organization.id, page, query);
        expect(await planOf(knex, listed)).toContain(\`ix_${n.snake}_organization_id_\${column}_readable\`);
      }
    }
  });
});
`;
};
