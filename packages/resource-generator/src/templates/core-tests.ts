import { type Field, titleField } from "../fields.js";
import type { ResourceNames } from "../naming.js";
import { newestFirst } from "./core.js";
import { sampleValue } from "./field-code.js";

type Template = (n: ResourceNames, fields: readonly Field[]) => string;

const setUp = (
  n: ResourceNames,
  useCase: string,
  file: string,
  moreArguments = "",
) => `import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { InMemory${n.Entity}Repository } from "../../adapters/memory/in-memory-${n.kebab}-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { new${n.Entity} } from "../../adapters/testing/${n.kebab}-builder.js";
import { ${useCase} } from "./${file}.js";

const notFound = { kind: "not_found", code: "${n.snake}.not_found", message: "${n.words[0]?.toUpperCase()}${n.words.slice(1)} not found" };
const forbidden = { kind: "forbidden", code: "${n.snake}.forbidden", message: "Not enough permissions" };

async function setUp() {
  const world = createTestWorld();
  const ${n.plural} = new InMemory${n.Entity}Repository(world.store);
  const owner = await world.seedUser();
  const stranger = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  const ${n.entity} = await ${n.plural}.add(new${n.Entity}(owner.user.id));
  return {
    owner,
    stranger,
    admin,
    ${n.entity},
    ${n.plural},
    audit: world.audit,
    useCase: new ${useCase}(${n.plural}${moreArguments}),
  };
}
`;

export const createTest: Template = (n, fields) => `import { describe, expect, it } from "vitest";
import { InMemory${n.Entity}Repository } from "../../adapters/memory/in-memory-${n.kebab}-repository.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { Create${n.Entity} } from "./create-${n.kebab}.js";

describe("Create${n.Entity}", () => {
  it("stores ${n.article} ${n.words} owned by the actor, superuser or not", async () => {
    const world = createTestWorld();
    const ${n.plural} = new InMemory${n.Entity}Repository(world.store);
    for (const seeded of [await world.seedUser(), await world.seedUser({ isSuperuser: true })]) {
      const input = {
${fields.map((f) => `        ${f.name}: ${sampleValue(f, 0)},`).join("\n")}
      } as const;
      const created = await new Create${n.Entity}(${n.plural}).execute(seeded.actor, input);
      expect(created).toMatchObject({ ...input, ownerId: seeded.user.id });
      expect(await ${n.plural}.findById(created.id)).toEqual(created);
    }
  });
});
`;

export const getTest: Template = (n) => `${setUp(n, `Get${n.Entity}`, `get-${n.kebab}`)}
describe("Get${n.Entity}", () => {
  it("gives the owner and any superuser the ${n.words}", async () => {
    const { owner, admin, ${n.entity}, useCase } = await setUp();
    expect(await useCase.execute(owner.actor, ${n.entity}.id)).toEqual(${n.entity});
    expect(await useCase.execute(admin.actor, ${n.entity}.id)).toEqual(${n.entity});
  });

  it("refuses someone else's ${n.words}", async () => {
    const { stranger, ${n.entity}, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(stranger.actor, ${n.entity}.id))).toEqual(forbidden);
  });

  it("answers not found for a missing ${n.words} before looking at ownership", async () => {
    const { stranger, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(stranger.actor, randomUUID()))).toEqual(notFound);
  });
});
`;

export const updateTest: Template = (n, fields) => {
  const title = titleField(fields).name;
  return `${setUp(n, `Update${n.Entity}`, `update-${n.kebab}`)}
describe("Update${n.Entity}", () => {
  it("lets the owner change one field, keeping the others", async () => {
    const { owner, ${n.entity}, ${n.plural}, useCase } = await setUp();
    const updated = await useCase.execute(owner.actor, ${n.entity}.id, { ${title}: ${sampleValue(titleField(fields), 1)} });
    expect(updated).toEqual({ ...${n.entity}, ${title}: ${sampleValue(titleField(fields), 1)} });
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(updated);
  });

  it("lets a superuser change anyone's ${n.words}, ownership unchanged", async () => {
    const { admin, owner, ${n.entity}, useCase } = await setUp();
    const updated = await useCase.execute(admin.actor, ${n.entity}.id, { ${title}: "By admin" });
    expect(updated).toEqual({ ...${n.entity}, ${title}: "By admin", ownerId: owner.user.id });
  });

  it("refuses someone else's ${n.words} and leaves it unchanged", async () => {
    const { stranger, ${n.entity}, ${n.plural}, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(stranger.actor, ${n.entity}.id, { ${title}: "Mine now" }))).toEqual(forbidden);
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(${n.entity});
  });

  it("answers not found for a missing ${n.words}", async () => {
    const { owner, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(owner.actor, randomUUID(), { ${title}: "x" }))).toEqual(notFound);
  });
});
`;
};

export const deleteTest: Template = (n) => `${setUp(n, `Delete${n.Entity}`, `delete-${n.kebab}`, ", world.trail")}
describe("Delete${n.Entity}", () => {
  it("lets the owner delete their ${n.words}, then answers not found", async () => {
    const { owner, ${n.entity}, ${n.plural}, useCase } = await setUp();
    await useCase.execute(owner.actor, ${n.entity}.id);
    expect(await ${n.plural}.findById(${n.entity}.id)).toBeNull();
    expect(await refusalOf(useCase.execute(owner.actor, ${n.entity}.id))).toEqual(notFound);
  });

  it("lets a superuser delete anyone's ${n.words}, recorded as ${n.snake}.deleted_by_admin", async () => {
    const { admin, ${n.entity}, ${n.plural}, audit, useCase } = await setUp();
    await useCase.execute(admin.actor, ${n.entity}.id);
    expect(await ${n.plural}.findById(${n.entity}.id)).toBeNull();
    const { data } = await audit.list({ skip: 0, limit: 10 }, {});
    expect(data).toMatchObject([
      {
        action: "${n.snake}.deleted_by_admin",
        actorId: admin.user.id,
        targetType: "${n.snake}",
        targetId: ${n.entity}.id,
        details: { owner_id: ${n.entity}.ownerId },
      },
    ]);
  });

  it("records nothing when the owner deletes their own ${n.words}", async () => {
    const { owner, ${n.entity}, audit, useCase } = await setUp();
    await useCase.execute(owner.actor, ${n.entity}.id);
    expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
  });

  it("refuses someone else's ${n.words} and keeps it", async () => {
    const { stranger, ${n.entity}, ${n.plural}, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(stranger.actor, ${n.entity}.id))).toEqual(forbidden);
    expect(await ${n.plural}.findById(${n.entity}.id)).toEqual(${n.entity});
  });

  it("answers not found for a missing ${n.words}", async () => {
    const { owner, useCase } = await setUp();
    expect(await refusalOf(useCase.execute(owner.actor, randomUUID()))).toEqual(notFound);
  });
});
`;

export const listTest: Template = (n, fields) => {
  const title = titleField(fields).name;
  return `import { describe, expect, it } from "vitest";
import { InMemory${n.Entity}Repository } from "../../adapters/memory/in-memory-${n.kebab}-repository.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { new${n.Entity} } from "../../adapters/testing/${n.kebab}-builder.js";
import { ${newestFirst(n)} } from "./${n.kebab}-list-query.js";
import { List${n.Plural} } from "./list-${n.pluralKebab}.js";

const ALL = { skip: 0, limit: 100 };

async function setUp() {
  const world = createTestWorld();
  const ${n.plural} = new InMemory${n.Entity}Repository(world.store);
  const ann = await world.seedUser();
  const bob = await world.seedUser();
  const admin = await world.seedUser({ isSuperuser: true });
  for (const [${title}, owner] of [
    ["a1", ann],
    ["b1", bob],
    ["a2", ann],
  ] as const) {
    await ${n.plural}.add(new${n.Entity}(owner.user.id, { ${title} }));
  }
  return { ann, bob, admin, list: new List${n.Plural}(${n.plural}) };
}

const names = (page: { data: readonly { ${title}: string }[] }) => page.data.map((row) => row.${title});

describe("List${n.Plural}", () => {
  it("gives a regular user only their ${n.pluralWords}, newest first", async () => {
    const { ann, list } = await setUp();
    const page = await list.execute(ann.actor, ALL);
    expect(names(page)).toEqual(["a2", "a1"]);
    expect(page.count).toBe(2);
  });

  it("gives a superuser everyone's ${n.pluralWords}, and one owner's on request", async () => {
    const { admin, bob, list } = await setUp();
    expect(names(await list.execute(admin.actor, ALL))).toEqual(["a2", "b1", "a1"]);
    const bobs = { ...${newestFirst(n)}, filters: { ownerId: bob.user.id } };
    expect(names(await list.execute(admin.actor, ALL, bobs))).toEqual(["b1"]);
  });

  it("searches and sorts only a regular user's own ${n.pluralWords}", async () => {
    const { ann, list } = await setUp();
    const query = { ...${newestFirst(n)}, search: "A", sort: "${title}" as const, order: "asc" as const };
    expect(names(await list.execute(ann.actor, ALL, query))).toEqual(["a1", "a2"]);
  });

  it("refuses the owner filter to a regular user, even naming themselves", async () => {
    const { ann, list } = await setUp();
    const query = { ...${newestFirst(n)}, filters: { ownerId: ann.user.id } };
    expect(await refusalOf(list.execute(ann.actor, ALL, query))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
  });
});
`;
};
