import { type Field, searchedFields, sortedFields } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { coreType, nullable } from "./field-code.js";

type Template = (n: ResourceNames, fields: readonly Field[]) => string;

export const entity: Template = (n, fields) => `import type { Actor } from "../shared/actor.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";

/** ${capitalized(n.article)} ${n.words} a user owns. Immutable; change it through a repository patch. */
export interface ${n.Entity} {
  readonly id: string;
${fields.map((f) => `  readonly ${f.name}: ${nullable(f, coreType(f))};`).join("\n")}
  readonly ownerId: string;
  readonly createdAt: Date | null;
}

/** ${capitalized(n.article)} ${n.words} not stored yet: the repository assigns \`id\` and \`createdAt\`. */
export type New${n.Entity} = Omit<${n.Entity}, "id" | "createdAt">;

/** The fields an owner may change; absent keys are left as they are. */
export interface ${n.Entity}Patch {
${fields.map((f) => `  readonly ${f.name}?: ${nullable(f, coreType(f))};`).join("\n")}
}

export const ${n.Entity} = {
  /** Superusers manage every ${n.words}; everyone else only their own. */
  assertManageableBy(${n.entity}: ${n.Entity}, actor: Actor): void {
    if (!actor.isSuperuser && ${n.entity}.ownerId !== actor.id) throw ${n.Entity}Errors.forbidden();
  },
};
`;

export const errors: Template = (n) => `import { DomainError } from "../shared/errors.js";

/** Every refusal about ${n.pluralWords}. */
export const ${n.Entity}Errors = {
  notFound: () => new DomainError("not_found", "${n.snake}.not_found", "${capitalized(n.words)} not found"),
  forbidden: () => new DomainError("forbidden", "${n.snake}.forbidden", "Not enough permissions"),
};
`;

export const listQuery: Template = (n, fields) => `import type { ListQuery } from "../shared/list-query.js";

/** The ${n.words} fields a list can be sorted by. */
export type ${n.Entity}Sort = ${["createdAt", ...sortedFields(fields).map((f) => f.name)].map((s) => JSON.stringify(s)).join(" | ")};

/** Keeps only the ${n.pluralWords} of one owner when \`ownerId\` is set. */
export interface ${n.Entity}Filters {
  readonly ownerId?: string;
}

/** A search${searchedIn(fields)}, sort and filter of the ${n.words} list. */
export type ${n.Entity}ListQuery = ListQuery<${n.Entity}Sort, ${n.Entity}Filters>;

/** The list without a search or filter: newest first. */
export const ${newestFirst(n)}: ${n.Entity}ListQuery = { search: null, sort: "createdAt", order: "desc", filters: {} };
`;

/** ` (title or description)`: the fields a search looks in, or nothing when there are none. */
const searchedIn = (fields: readonly Field[]): string => {
  const searched = searchedFields(fields).map((f) => f.label.toLowerCase());
  return searched.length === 0 ? "" : ` (${searched.join(" or ")})`;
};

/** The name of the resource's default list query constant. */
export const newestFirst = (n: ResourceNames): string =>
  `NEWEST_${n.Plural.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "_").toUpperCase()}_FIRST`;

export const ports: Template = (n) => `import type { Page, Paged } from "../shared/page.js";
import type { New${n.Entity}, ${n.Entity}, ${n.Entity}Patch } from "./${n.kebab}.js";
import type { ${n.Entity}ListQuery } from "./${n.kebab}-list-query.js";

/** Stores ${n.pluralWords}. */
export interface ${n.Entity}Repository {
  findById(id: string): Promise<${n.Entity} | null>;
  add(${n.entity}: New${n.Entity}): Promise<${n.Entity}>;
  /** Applies the patch and returns the new state, or null when the ${n.words} no longer exists. */
  update(id: string, patch: ${n.Entity}Patch): Promise<${n.Entity} | null>;
  /** False when there was no such ${n.words}. */
  remove(id: string): Promise<boolean>;
  /** The ${n.pluralWords} matching \`query\` (default: all, newest first), a page at a time; \`count\` is every match. */
  list(page: Page, query?: ${n.Entity}ListQuery): Promise<Paged<${n.Entity}>>;
}
`;

export const findManageable: Template = (n) => `import type { Actor } from "../shared/actor.js";
import { ${n.Entity} } from "./${n.kebab}.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** The ${n.words}, if it exists (else ${n.snake}.not_found) and the actor may manage it (else ${n.snake}.forbidden). */
export async function findManageable${n.Entity}(${n.plural}: ${n.Entity}Repository, actor: Actor, id: string): Promise<${n.Entity}> {
  const ${n.entity} = await ${n.plural}.findById(id);
  if (!${n.entity}) throw ${n.Entity}Errors.notFound();
  ${n.Entity}.assertManageableBy(${n.entity}, actor);
  return ${n.entity};
}
`;

export const create: Template = (n, fields) => `import type { Actor } from "../shared/actor.js";
import type { ${n.Entity} } from "./${n.kebab}.js";
import type { ${n.Entity}Repository } from "./ports.js";

export interface Create${n.Entity}Input {
${fields.map((f) => `  readonly ${f.name}: ${nullable(f, coreType(f))};`).join("\n")}
}

/** A user adds ${n.article} ${n.words} they own. Raises nothing. */
export class Create${n.Entity} {
  constructor(private readonly ${n.plural}: ${n.Entity}Repository) {}

  execute(actor: Actor, input: Create${n.Entity}Input): Promise<${n.Entity}> {
    return this.${n.plural}.add({
${fields.map((f) => `      ${f.name}: input.${f.name},`).join("\n")}
      ownerId: actor.id,
    });
  }
}
`;

export const get: Template = (n) => `import type { Actor } from "../shared/actor.js";
import { findManageable${n.Entity} } from "./find-manageable-${n.kebab}.js";
import type { ${n.Entity} } from "./${n.kebab}.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** Reads one ${n.words} its caller may manage. Raises: ${n.snake}.not_found, ${n.snake}.forbidden. */
export class Get${n.Entity} {
  constructor(private readonly ${n.plural}: ${n.Entity}Repository) {}

  execute(actor: Actor, id: string): Promise<${n.Entity}> {
    return findManageable${n.Entity}(this.${n.plural}, actor, id);
  }
}
`;

export const list: Template = (n) => `import { type Actor, insufficientPrivileges } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { ${n.Entity} } from "./${n.kebab}.js";
import { type ${n.Entity}ListQuery, ${newestFirst(n)} } from "./${n.kebab}-list-query.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** Lists the ${n.pluralWords} matching the query: a superuser's from everyone, anyone else's from their own. Raises: auth.insufficient_privileges. */
export class List${n.Plural} {
  constructor(private readonly ${n.plural}: ${n.Entity}Repository) {}

  async execute(actor: Actor, page: Page, query: ${n.Entity}ListQuery = ${newestFirst(n)}): Promise<Paged<${n.Entity}>> {
    if (actor.isSuperuser) return this.${n.plural}.list(page, query);
    // Choosing an owner is a superuser's filter; refusing it (rather than ignoring it) tells a client its view is not what it asked for.
    if (query.filters.ownerId !== undefined) throw insufficientPrivileges();
    return this.${n.plural}.list(page, { ...query, filters: { ownerId: actor.id } });
  }
}
`;

export const update: Template = (n) => `import type { Actor } from "../shared/actor.js";
import { findManageable${n.Entity} } from "./find-manageable-${n.kebab}.js";
import type { ${n.Entity}, ${n.Entity}Patch } from "./${n.kebab}.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** Changes ${n.article} ${n.words} its caller may manage. Raises: ${n.snake}.not_found, ${n.snake}.forbidden. */
export class Update${n.Entity} {
  constructor(private readonly ${n.plural}: ${n.Entity}Repository) {}

  async execute(actor: Actor, id: string, patch: ${n.Entity}Patch): Promise<${n.Entity}> {
    await findManageable${n.Entity}(this.${n.plural}, actor, id);
    const updated = await this.${n.plural}.update(id, patch);
    if (!updated) throw ${n.Entity}Errors.notFound();
    return updated;
  }
}
`;

export const remove: Template = (
  n,
) => `import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { findManageable${n.Entity} } from "./find-manageable-${n.kebab}.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** Deletes ${n.article} ${n.words} its caller may manage; a superuser deleting someone else's is recorded (\`${n.snake}.deleted_by_admin\`). Raises: ${n.snake}.not_found, ${n.snake}.forbidden. */
export class Delete${n.Entity} {
  constructor(
    private readonly ${n.plural}: ${n.Entity}Repository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, id: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const ${n.entity} = await findManageable${n.Entity}(this.${n.plural}, actor, id);
    const byAdmin = ${n.entity}.ownerId !== actor.id;
    const removed = await recordedChange(
      this.trail,
      context,
      ({ ${n.plural} }) => ${n.plural}.remove(id),
      async (done, { users }) =>
        done && byAdmin
          ? {
              action: "${n.snake}.deleted_by_admin",
              actor: await partyOf(users, actor.id),
              target: { type: "${n.snake}", id },
              details: { owner_id: ${n.entity}.ownerId },
            }
          : null,
    );
    if (!removed) throw ${n.Entity}Errors.notFound();
  }
}
`;

export const useCases: Template = (n) => `import type { AuditTrail } from "../audit/audit-trail.js";
import { Create${n.Entity} } from "./create-${n.kebab}.js";
import { Delete${n.Entity} } from "./delete-${n.kebab}.js";
import { Get${n.Entity} } from "./get-${n.kebab}.js";
import { List${n.Plural} } from "./list-${n.pluralKebab}.js";
import type { ${n.Entity}Repository } from "./ports.js";
import { Update${n.Entity} } from "./update-${n.kebab}.js";

/** Every ${n.words} use case over one repository, for the composition root to bind by class. */
export const ${n.entity}UseCases = (${n.plural}: ${n.Entity}Repository, trail: AuditTrail) => [
  new Create${n.Entity}(${n.plural}),
  new Get${n.Entity}(${n.plural}),
  new List${n.Plural}(${n.plural}),
  new Update${n.Entity}(${n.plural}),
  new Delete${n.Entity}(${n.plural}, trail),
];
`;
