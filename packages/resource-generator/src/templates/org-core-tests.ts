import { type Field, titleField } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { newestFirst } from "./core.js";
import { sampleValue } from "./field-code.js";

/** The use-case tests of an organisation-scoped resource: the role matrix on the in-memory fakes. */
type Template = (n: ResourceNames, fields: readonly Field[]) => string;

/** The refusals a test file compares with; each file declares only those it uses. */
const REFUSALS = {
  notFound: (n: ResourceNames) =>
    `const notFound = { kind: "not_found", code: "${n.snake}.not_found", message: "${capitalized(n.words)} not found" };`,
  forbidden: (n: ResourceNames) =>
    `const forbidden = { kind: "forbidden", code: "${n.snake}.forbidden", message: "Not enough permissions" };`,
  organizationNotFound: () =>
    'const organizationNotFound = { kind: "not_found", code: "organization.not_found", message: "Organization not found" };',
};

interface SetUpOptions {
  readonly refusals: readonly (keyof typeof REFUSALS)[];
  readonly randomIds?: boolean;
  readonly imports?: readonly string[];
}

const setUp = (n: ResourceNames, useCase: string, file: string, options: SetUpOptions) => `${[
  ...(options.randomIds ? ['import { randomUUID } from "node:crypto";'] : []),
  'import { describe, expect, it } from "vitest";',
  `import { InMemory${n.Entity}Repository } from "../../adapters/memory/in-memory-${n.kebab}-repository.js";`,
  'import { refusalOf } from "../../adapters/memory/refusal-of.js";',
  'import { createTestWorld } from "../../adapters/memory/test-world.js";',
  `import { new${n.Entity} } from "../../adapters/testing/${n.kebab}-builder.js";`,
  'import { CreateOrganization } from "../organizations/create-organization.js";',
  ...(options.imports ?? []),
  `import { ${useCase} } from "./${file}.js";`,
].join("\n")}

${options.refusals.map((refusal) => REFUSALS[refusal](n)).join("\n")}

/** Acme with its owner, an admin and two members; Globex, whose owner is a stranger to Acme; a superuser in neither. */
async function setUp() {
  const world = createTestWorld();
  const ${n.plural} = new InMemory${n.Entity}Repository(world.store);
  const [owner, admin, member, colleague, stranger, superuser] = [
    await world.seedUser(),
    await world.seedUser(),
    await world.seedUser(),
    await world.seedUser(),
    await world.seedUser(),
    await world.seedUser({ isSuperuser: true }),
  ];
  const acme = await new CreateOrganization(world.trail).execute(owner.actor, "Acme");
  const globex = await new CreateOrganization(world.trail).execute(stranger.actor, "Globex");
  await world.organizations.addMembership({ organizationId: acme.id, userId: admin.user.id, role: "admin" });
  await world.organizations.addMembership({ organizationId: acme.id, userId: member.user.id, role: "member" });
  await world.organizations.addMembership({ organizationId: acme.id, userId: colleague.user.id, role: "member" });
  const ${n.entity} = await ${n.plural}.add(new${n.Entity}(acme.id, member.user.id));
  const elsewhere = await ${n.plural}.add(new${n.Entity}(globex.id, stranger.user.id));
  return {
    owner,
    admin,
    member,
    colleague,
    stranger,
    superuser,
    acme,
    ${n.entity},
    elsewhere,
    ${n.plural},
    useCase: new ${useCase}(world.organizations, ${n.plural}),
  };
}
`;

export const createTest: Template = (n, fields) => `${setUp(n, `Create${n.Entity}`, `create-${n.kebab}`, {
  refusals: ["organizationNotFound"],
  randomIds: true,
})}
const input = {
${fields.map((f) => `  ${f.name}: ${sampleValue(f, 0)},`).join("\n")}
} as const;

describe("Create${n.Entity}", () => {
  it("stores ${n.article} ${n.words} in the organisation, created by the actor, whatever their role", async () => {
    const { owner, admin, member, acme, ${n.plural}, useCase } = await setUp();
    for (const seeded of [owner, admin, member]) {
      const created = await useCase.execute(seeded.actor, acme.id, input);
      expect(created).toMatchObject({ ...input, organizationId: acme.id, ownerId: seeded.user.id });
      expect(await ${n.plural}.findById(created.id)).toEqual(created);
    }
  });

  it("answers Organization not found to a non-member, the superuser included, and stores nothing", async () => {
    const { stranger, superuser, acme, ${n.plural}, useCase } = await setUp();
    for (const seeded of [stranger, superuser]) {
      expect(await refusalOf(useCase.execute(seeded.actor, acme.id, input))).toEqual(organizationNotFound);
    }
    expect(await refusalOf(useCase.execute(stranger.actor, randomUUID(), input))).toEqual(organizationNotFound);
    expect((await ${n.plural}.list(acme.id, { skip: 0, limit: 10 })).count).toBe(1);
  });
});
`;

export const getTest: Template = (n) => `${setUp(n, `Get${n.Entity}`, `get-${n.kebab}`, {
  refusals: ["notFound", "organizationNotFound"],
  randomIds: true,
})}
describe("Get${n.Entity}", () => {
  it("gives every member of the organisation its ${n.words}, whoever created it", async () => {
    const { owner, admin, member, colleague, acme, ${n.entity}, useCase } = await setUp();
    for (const seeded of [owner, admin, member, colleague]) {
      expect(await useCase.execute(seeded.actor, acme.id, ${n.entity}.id)).toEqual(${n.entity});
    }
  });

  it("answers Organization not found to a non-member, the superuser included", async () => {
    const { stranger, superuser, acme, ${n.entity}, useCase } = await setUp();
    for (const seeded of [stranger, superuser]) {
      expect(await refusalOf(useCase.execute(seeded.actor, acme.id, ${n.entity}.id))).toEqual(organizationNotFound);
    }
  });

  it("answers not found for another organisation's ${n.words} and for a missing one", async () => {
    const { owner, acme, elsewhere, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(owner.actor, acme.id, elsewhere.id))).toEqual(notFound);
    expect(await refusalOf(useCase.execute(owner.actor, acme.id, randomUUID()))).toEqual(notFound);
  });
});
`;

/** How a test of a changing use case calls it: `call(actor, id)` as code, `done(actor, id)` checks its effect. */
interface ChangeCalls {
  readonly verb: "change" | "delete";
  readonly call: (actor: string, id: string) => string;
  readonly done: (actor: string, id: string) => string;
}

const changeTests = (n: ResourceNames, { verb, call, done }: ChangeCalls) => `
  it("lets a member ${verb} ${n.article} ${n.words} they created", async () => {
    const { member, acme, ${n.entity}, ${n.plural}, useCase } = await setUp();
    ${done("member", `${n.entity}.id`)}
  });

  it("lets an admin and the owner ${verb} a member's ${n.words}", async () => {
    for (const role of ["admin", "owner"] as const) {
      const world = await setUp();
      const { acme, ${n.entity}, ${n.plural}, useCase } = world;
      const manager = world[role];
      ${done("manager", `${n.entity}.id`)}
    }
  });

  it("refuses a member another member's ${n.words}, and keeps it", async () => {
    const { colleague, acme, ${n.entity}, ${n.plural}, useCase } = await setUp();
    expect(await refusalOf(${call("colleague", `${n.entity}.id`)})).toEqual(forbidden);
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(${n.entity});
  });

  it("answers Organization not found to a non-member, the superuser included, and keeps it", async () => {
    const { stranger, superuser, acme, ${n.entity}, ${n.plural}, useCase } = await setUp();
    for (const outsider of [stranger, superuser]) {
      expect(await refusalOf(${call("outsider", `${n.entity}.id`)})).toEqual(organizationNotFound);
    }
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(${n.entity});
  });

  it("answers not found for another organisation's ${n.words}, keeping it, and for a missing one", async () => {
    const { owner, acme, elsewhere, ${n.plural}, useCase } = await setUp();
    expect(await refusalOf(${call("owner", "elsewhere.id")})).toEqual(notFound);
    expect(await ${n.plural}.findById(elsewhere.id)).toEqual(elsewhere);
    expect(await refusalOf(${call("owner", "randomUUID()")})).toEqual(notFound);
  });
`;

const CHANGE_REFUSALS: SetUpOptions = { refusals: ["notFound", "forbidden", "organizationNotFound"], randomIds: true };

export const updateTest: Template = (n, fields) => {
  const title = titleField(fields).name;
  const value = sampleValue(titleField(fields), 1);
  const call = (actor: string, id: string) => `useCase.execute(${actor}.actor, acme.id, ${id}, { ${title}: ${value} })`;
  return `${setUp(n, `Update${n.Entity}`, `update-${n.kebab}`, CHANGE_REFUSALS)}
describe("Update${n.Entity}", () => {${changeTests(n, {
    verb: "change",
    call,
    done: (actor, id) => `const updated = await ${call(actor, id)};
    expect(updated).toEqual({ ...${n.entity}, ${title}: ${value} });
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(updated);`,
  })}});
`;
};

export const deleteTest: Template = (n) => {
  const call = (actor: string, id: string) => `useCase.execute(${actor}.actor, acme.id, ${id})`;
  return `${setUp(n, `Delete${n.Entity}`, `delete-${n.kebab}`, CHANGE_REFUSALS)}
describe("Delete${n.Entity}", () => {${changeTests(n, {
    verb: "delete",
    call,
    done: (actor, id) => `await ${call(actor, id)};
    expect(await ${n.plural}.findById(${n.entity}.id)).toBeNull();
    expect(await refusalOf(${call(actor, id)})).toEqual(notFound);`,
  })}});
`;
};

export const listTest: Template = (n, fields) => {
  const title = titleField(fields).name;
  return `${setUp(n, `List${n.Plural}`, `list-${n.pluralKebab}`, {
    refusals: ["organizationNotFound"],
    imports: [`import { ${newestFirst(n)} } from "./${n.kebab}-list-query.js";`],
  })}
const ALL = { skip: 0, limit: 100 };

describe("List${n.Plural}", () => {
  it("gives any member the organisation's ${n.pluralWords} only, newest first, sorted and by creator", async () => {
    const { admin, member, colleague, acme, ${n.entity}, ${n.plural}, useCase } = await setUp();
    const second = await ${n.plural}.add(new${n.Entity}(acme.id, admin.user.id, { ${title}: "Zulu" }));
    expect(await useCase.execute(colleague.actor, acme.id, ALL)).toEqual({ data: [second, ${n.entity}], count: 2 });
    const sorted = { ...${newestFirst(n)}, sort: "${title}" as const, order: "asc" as const };
    expect((await useCase.execute(member.actor, acme.id, ALL, sorted)).data).toEqual([${n.entity}, second]);
    const byAdmin = { ...${newestFirst(n)}, filters: { ownerId: admin.user.id } };
    expect(await useCase.execute(member.actor, acme.id, ALL, byAdmin)).toEqual({ data: [second], count: 1 });
  });

  it("answers Organization not found to a non-member, the superuser included", async () => {
    const { stranger, superuser, acme, useCase } = await setUp();
    for (const seeded of [stranger, superuser]) {
      expect(await refusalOf(useCase.execute(seeded.actor, acme.id, ALL))).toEqual(organizationNotFound);
    }
  });

  it("shows the member of another organisation only that one's", async () => {
    const { stranger, elsewhere, useCase } = await setUp();
    const globex = elsewhere.organizationId;
    expect(await useCase.execute(stranger.actor, globex, ALL)).toEqual({ data: [elsewhere], count: 1 });
  });
});
`;
};
