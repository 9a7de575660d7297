import { type Field, searchedFields, titleField } from "../fields.js";
import type { ResourceNames } from "../naming.js";
import type { ResourceScope } from "../scope.js";
import { newestFirst } from "./core.js";
import { sampleValue } from "./field-code.js";

/** A template whose code differs where an organisation-scoped resource's rows also carry their organisation. */
type ScopedTemplate = (n: ResourceNames, fields: readonly Field[], scope?: ResourceScope) => string;

export const contract: ScopedTemplate = (n, fields, scope = "user") => {
  const title = titleField(fields).name;
  const searched = searchedFields(fields)[0]?.name ?? title;
  const byOrg = scope === "organization";
  // The organisation a call names first, when the resource has one.
  const inAcme = byOrg ? "acme, " : "";
  return `import { beforeEach, describe, expect, it } from "vitest";
import type { ${n.Entity}Patch } from "../../core/${n.pluralKebab}/${n.kebab}.js";
import { type ${n.Entity}ListQuery, ${newestFirst(n)} } from "../../core/${n.pluralKebab}/${n.kebab}-list-query.js";
import type { ${n.Entity}Repository } from "../../core/${n.pluralKebab}/ports.js";
${byOrg ? 'import type { OrganizationRepository } from "../../core/organizations/ports.js";\n' : ""}import type { UserRepository } from "../../core/users/ports.js";
import type { User } from "../../core/users/user.js";
import { newUser } from "../testing/user-builder.js";
import { new${n.Entity} } from "../testing/${n.kebab}-builder.js";
import { addInOrder, inReadableGroups, MISSING_ID, UUID } from "./repository-fixture.js";

/** Empty repositories over one store, so removing a user ${byOrg ? "or an organisation reaches its" : "reaches their"} ${n.pluralWords}. */
export interface ${n.Entity}Fixture {
  readonly users: UserRepository;
${byOrg ? "  readonly organizations: OrganizationRepository;\n" : ""}  readonly ${n.plural}: ${n.Entity}Repository;
}

const ALL = { skip: 0, limit: 100 };
${
  byOrg
    ? `
/** A new organisation's id. */
async function organizationNamed(organizations: OrganizationRepository, slug: string): Promise<string> {
  const organization = await organizations.add({ name: slug, slug });
  if (!organization) throw new Error(\`the organisation \${slug} was not added\`);
  return organization.id;
}

`
    : ""
}const query = (changes: Partial<${n.Entity}ListQuery>): ${n.Entity}ListQuery => ({ ...${newestFirst(n)}, ...changes });

/** What every ${n.Entity}Repository must do, registered for one implementation (named in the describe block). */
export function ${n.entity}RepositoryContract(implementation: string, fresh: () => Promise<${n.Entity}Fixture>): void {
  describe(\`${n.Entity}Repository contract (\${implementation})\`, () => {
    let fixture: ${n.Entity}Fixture;
    let ${n.plural}: ${n.Entity}Repository;
    let ann: User;
    let bob: User;
${byOrg ? "    let acme: string;\n    let globex: string;\n" : ""}
    beforeEach(async () => {
      fixture = await fresh();
      ${n.plural} = fixture.${n.plural};
      ann = await fixture.users.add(newUser("ann@example.com"));
      bob = await fixture.users.add(newUser("bob@example.com"));
${byOrg ? '      acme = await organizationNamed(fixture.organizations, "acme");\n      globex = await organizationNamed(fixture.organizations, "globex");\n' : ""}    });

${
  byOrg
    ? `    const named = (ownerId: string, organizationId = acme) => (${title}: string) =>
      ${n.plural}.add(new${n.Entity}(organizationId, ownerId, { ${title} }));`
    : `    const named = (ownerId: string) => (${title}: string) => ${n.plural}.add(new${n.Entity}(ownerId, { ${title} }));`
}

    it("adds ${n.article} ${n.words} with a UUID id and a Date createdAt, and finds it by id", async () => {
      const draft = new${n.Entity}(${inAcme}ann.id);
      const added = await ${n.plural}.add(draft);
      expect(added).toEqual({ ...draft, id: expect.stringMatching(UUID), createdAt: expect.any(Date) });
      expect(await ${n.plural}.findById(added.id)).toEqual(added);
    });

    it("answers null for an unknown id and for a non-UUID id", async () => {
      expect(await ${n.plural}.findById(MISSING_ID)).toBeNull();
      expect(await ${n.plural}.findById("not-a-uuid")).toBeNull();
    });

${
  byOrg
    ? `    it("refuses ${n.article} ${n.words} whose creator or organisation does not exist", async () => {
      await expect(${n.plural}.add(new${n.Entity}(acme, MISSING_ID))).rejects.toThrow();
      await expect(${n.plural}.add(new${n.Entity}(MISSING_ID, ann.id))).rejects.toThrow();`
    : `    it("refuses ${n.article} ${n.words} whose owner does not exist", async () => {
      await expect(${n.plural}.add(new${n.Entity}(MISSING_ID))).rejects.toThrow();`
}
      expect((await ${n.plural}.list(${inAcme}ALL)).count).toBe(0);
    });

    it("changes every field, one patch at a time, and returns the new state", async () => {
      const added = await ${n.plural}.add(new${n.Entity}(${inAcme}ann.id));
      const patch: Required<${n.Entity}Patch> = {
${fields.map((f) => `        ${f.name}: ${sampleValue(f, 1)},`).join("\n")}
      };
      let expected = added;
      for (const [key, value] of Object.entries(patch)) {
        expected = { ...expected, [key]: value };
        expect(await ${n.plural}.update(added.id, { [key]: value })).toEqual(expected);
      }
      expect(await ${n.plural}.findById(added.id)).toEqual(expected);
    });
${fields
  .filter((f) => f.optional)
  .map(
    (f) => `
    it("clears the optional ${f.label.toLowerCase()}", async () => {
      const added = await ${n.plural}.add(new${n.Entity}(${inAcme}ann.id));
      expect(await ${n.plural}.update(added.id, { ${f.name}: null })).toEqual({ ...added, ${f.name}: null });
    });
`,
  )
  .join("")}
    it("returns the current state for an empty patch and null for ${n.article} ${n.words} that does not exist", async () => {
      const added = await ${n.plural}.add(new${n.Entity}(${inAcme}ann.id));
      expect(await ${n.plural}.update(added.id, {})).toEqual(added);
      expect(await ${n.plural}.update(MISSING_ID, { ${title}: "Ghost" })).toBeNull();
      expect(await ${n.plural}.update("not-a-uuid", { ${title}: "Ghost" })).toBeNull();
    });

    it("removes ${n.article} ${n.words} once, answering false for one that is not there", async () => {
      const added = await ${n.plural}.add(new${n.Entity}(${inAcme}ann.id));
      expect(await ${n.plural}.remove(added.id)).toBe(true);
      expect(await ${n.plural}.findById(added.id)).toBeNull();
      expect(await ${n.plural}.remove(added.id)).toBe(false);
      expect(await ${n.plural}.remove("not-a-uuid")).toBe(false);
    });

${
  byOrg
    ? `    it("removes an organisation's ${n.pluralWords} with the organisation", async () => {
      const [gone] = await addInOrder(["gone"], named(ann.id));
      const [kept] = await addInOrder(["kept"], named(ann.id, globex));
      await fixture.organizations.remove(acme);
      expect(await ${n.plural}.findById(gone?.id ?? MISSING_ID)).toBeNull();
      expect(await ${n.plural}.list(globex, ALL)).toEqual({ data: [kept], count: 1 });
    });

`
    : ""
}    it("removes a user's ${n.pluralWords} with the user", async () => {
      const [mine] = await addInOrder(["mine"], named(ann.id));
      const [theirs] = await addInOrder(["theirs"], named(bob.id));
      await fixture.users.remove(ann.id);
      expect(await ${n.plural}.findById(mine?.id ?? MISSING_ID)).toBeNull();
      expect(await ${n.plural}.list(${inAcme}ALL)).toEqual({ data: [theirs], count: 1 });
    });

${
  byOrg
    ? `    it("lists one organisation's, newest first, a window at a time, filtered by creator, with the total count", async () => {
      await addInOrder(["elsewhere"], named(ann.id, globex));`
    : `    it("lists newest first, a window at a time, filtered by owner, with the total count", async () => {`
}
      const added = await addInOrder(["a1", "b1", "a2", "b2", "a3"], (${title}) =>
        named(${title}.startsWith("a") ? ann.id : bob.id)(${title}),
      );
      const newestFirst = [...added].reverse();
      expect(await ${n.plural}.list(${inAcme}ALL)).toEqual({ data: newestFirst, count: 5 });
      expect(await ${n.plural}.list(${inAcme}{ skip: 1, limit: 2 })).toEqual({ data: newestFirst.slice(1, 3), count: 5 });
      const anns = newestFirst.filter((row) => row.ownerId === ann.id);
      expect(await ${n.plural}.list(${inAcme}ALL, query({ filters: { ownerId: ann.id } }))).toEqual({ data: anns, count: 3 });
      expect(await ${n.plural}.list(${inAcme}ALL, query({ filters: { ownerId: MISSING_ID } }))).toEqual({ data: [], count: 0 });
${
  byOrg
    ? `      expect(await ${n.plural}.list(MISSING_ID, ALL)).toEqual({ data: [], count: 0 });
      expect(await ${n.plural}.list("not-a-uuid", ALL)).toEqual({ data: [], count: 0 });
      expect((await ${n.plural}.list(globex, ALL)).count).toBe(1);
`
    : ""
}    });

    it("finds a case-insensitive substring, its % and _ taken literally", async () => {
      await addInOrder(["Blue Mug", "mug rack", "100% cotton", "snake_case", "snakeXcase"], (text) =>
        ${n.plural}.add(new${n.Entity}(${inAcme}ann.id, { ${searched}: text })),
      );
      const texts = async (search: string) =>
        (await ${n.plural}.list(${inAcme}ALL, query({ search }))).data.map((row) => row.${searched});
      expect(await texts("MUG")).toEqual(["mug rack", "Blue Mug"]);
      expect(await texts("0%")).toEqual(["100% cotton"]);
      expect(await texts("e_c")).toEqual(["snake_case"]);
      expect(await ${n.plural}.list(${inAcme}ALL, query({ search: "nothing like it" }))).toEqual({ data: [], count: 0 });
    });

    it("sorts by ${title} as people read it (case and accents aside, ties by id) both ways", async () => {
      const added = await addInOrder(
        ["Cherry", "banana", "eclair", "Apple", "Éclair", "9 lives", "10 apples", "apple"],
        named(ann.id),
      );
      const ascending = inReadableGroups(added, (row) => row.${title}, [
        ["10 apples"],
        ["9 lives"],
        ["Apple", "apple"],
        ["banana"],
        ["Cherry"],
        ["eclair", "Éclair"],
      ]);
      expect((await ${n.plural}.list(${inAcme}ALL, query({ sort: "${title}", order: "asc" }))).data).toEqual(ascending);
      expect((await ${n.plural}.list(${inAcme}ALL, query({ sort: "${title}", order: "desc" }))).data).toEqual([...ascending].reverse());
    });
  });
}
`;
};

export const contractTest: ScopedTemplate = (
  n,
  _fields,
  scope = "user",
) => `import { afterAll, beforeAll, describe } from "vitest";
import { createInMemoryRepositories } from "../memory/in-memory-repositories.js";
import { InMemory${n.Entity}Repository } from "../memory/in-memory-${n.kebab}-repository.js";
import { Objection${n.Entity}Repository } from "../persistence/${n.pluralKebab}/objection-${n.kebab}-repository.js";
${scope === "organization" ? 'import { ObjectionOrganizationRepository } from "../persistence/organizations/objection-organization-repository.js";\n' : ""}import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { ${n.entity}RepositoryContract } from "./${n.kebab}-repository-contract.js";

${n.entity}RepositoryContract("in memory", async () => {
${
  scope === "organization"
    ? `  const { users, organizations, store } = createInMemoryRepositories();
  return { users, organizations, ${n.plural}: new InMemory${n.Entity}Repository(store) };`
    : `  const { users, store } = createInMemoryRepositories();
  return { users, ${n.plural}: new InMemory${n.Entity}Repository(store) };`
}
});

const names = { pglite: "Objection on PGlite", postgres: "Objection on PostgreSQL" } as const;

for (const kind of testDatabaseKinds()) {
  describe(names[kind], () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await database?.close();
    });

    ${n.entity}RepositoryContract(names[kind], async () => {
      const { knex } = database;
${
  scope === "organization"
    ? `      await knex.raw('truncate table "user", "organization" cascade');
      return {
        users: new ObjectionUserRepository(knex),
        organizations: new ObjectionOrganizationRepository(knex),
        ${n.plural}: new Objection${n.Entity}Repository(knex),
      };`
    : `      await knex.raw('truncate table "user" cascade');
      return { users: new ObjectionUserRepository(knex), ${n.plural}: new Objection${n.Entity}Repository(knex) };`
}
    });
  });
}
`;
