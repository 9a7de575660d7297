import type { Field } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import { newestFirst } from "./core.js";
import { coreType, nullable } from "./field-code.js";

/** The core of an organisation-scoped resource: its rows belong to an organisation, created by one of its members. */
type Template = (n: ResourceNames, fields: readonly Field[]) => string;

export const entity: Template = (
  n,
  fields,
) => `import { type OrganizationRole, roleAtLeast } from "../organizations/organization.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";

/** ${capitalized(n.article)} ${n.words} of an organisation; \`ownerId\` is the member who created it. Immutable; change it through a repository patch. */
export interface ${n.Entity} {
  readonly id: string;
${fields.map((f) => `  readonly ${f.name}: ${nullable(f, coreType(f))};`).join("\n")}
  readonly organizationId: string;
  readonly ownerId: string;
  readonly createdAt: Date | null;
}

/** ${capitalized(n.article)} ${n.words} not stored yet: the repository assigns \`id\` and \`createdAt\`. */
export type New${n.Entity} = Omit<${n.Entity}, "id" | "createdAt">;

/** The fields a member may change; absent keys are left as they are. */
export interface ${n.Entity}Patch {
${fields.map((f) => `  readonly ${f.name}?: ${nullable(f, coreType(f))};`).join("\n")}
}

export const ${n.Entity} = {
  /** Admins and owners of the organisation manage every ${n.words} in it; a member only those they created. */
  assertManageableBy(${n.entity}: ${n.Entity}, userId: string, role: OrganizationRole): void {
    if (!roleAtLeast(role, "admin") && ${n.entity}.ownerId !== userId) throw ${n.Entity}Errors.forbidden();
  },
};
`;

export const ports: Template = (n) => `import type { Page, Paged } from "../shared/page.js";
import type { New${n.Entity}, ${n.Entity}, ${n.Entity}Patch } from "./${n.kebab}.js";
import type { ${n.Entity}ListQuery } from "./${n.kebab}-list-query.js";

/** Stores ${n.pluralWords}; each goes with its organisation and with the user who created it. */
export interface ${n.Entity}Repository {
  findById(id: string): Promise<${n.Entity} | null>;
  add(${n.entity}: New${n.Entity}): Promise<${n.Entity}>;
  /** Applies the patch and returns the new state, or null when the ${n.words} no longer exists. */
  update(id: string, patch: ${n.Entity}Patch): Promise<${n.Entity} | null>;
  /** False when there was no such ${n.words}. */
  remove(id: string): Promise<boolean>;
  /** The organisation's ${n.pluralWords} matching \`query\` (default: all, newest first), a page at a time; \`count\` is every match. */
  list(organizationId: string, page: Page, query?: ${n.Entity}ListQuery): Promise<Paged<${n.Entity}>>;
}
`;

export const findInOrganization: Template = (n) => `import type { ${n.Entity} } from "./${n.kebab}.js";
import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";
import type { ${n.Entity}Repository } from "./ports.js";

/** The ${n.words}, if it exists in the organisation (else ${n.snake}.not_found, also for one of another organisation). */
export async function find${n.Entity}In(${n.plural}: ${n.Entity}Repository, organizationId: string, id: string): Promise<${n.Entity}> {
  const ${n.entity} = await ${n.plural}.findById(id);
  if (!${n.entity} || ${n.entity}.organizationId !== organizationId) throw ${n.Entity}Errors.notFound();
  return ${n.entity};
}
`;

const imports = (n: ResourceNames, more: readonly string[]) =>
  [
    'import { requireRole } from "../organizations/organization-access.js";',
    'import type { OrganizationRepository } from "../organizations/ports.js";',
    'import type { Actor } from "../shared/actor.js";',
    ...more,
    `import type { ${n.Entity}Repository } from "./ports.js";`,
  ].join("\n");

const constructorOf = (n: ResourceNames) => `  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly ${n.plural}: ${n.Entity}Repository,
  ) {}`;

const MEMBER_REFUSALS = "organization.not_found (not a member)";

export const create: Template = (n, fields) => `${imports(n, [`import type { ${n.Entity} } from "./${n.kebab}.js";`])}

export interface Create${n.Entity}Input {
${fields.map((f) => `  readonly ${f.name}: ${nullable(f, coreType(f))};`).join("\n")}
}

/** A member adds ${n.article} ${n.words} to their organisation, recorded as its creator. Raises: ${MEMBER_REFUSALS}. */
export class Create${n.Entity} {
${constructorOf(n)}

  async execute(actor: Actor, organizationId: string, input: Create${n.Entity}Input): Promise<${n.Entity}> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "member");
    return this.${n.plural}.add({
${fields.map((f) => `      ${f.name}: input.${f.name},`).join("\n")}
      organizationId: organization.id,
      ownerId: actor.id,
    });
  }
}
`;

export const get: Template = (n) => `${imports(n, [
  `import { find${n.Entity}In } from "./find-${n.kebab}-in-organization.js";`,
  `import type { ${n.Entity} } from "./${n.kebab}.js";`,
])}

/** Reads one ${n.words} of an organisation the caller is a member of. Raises: ${MEMBER_REFUSALS}, ${n.snake}.not_found. */
export class Get${n.Entity} {
${constructorOf(n)}

  async execute(actor: Actor, organizationId: string, id: string): Promise<${n.Entity}> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "member");
    return find${n.Entity}In(this.${n.plural}, organization.id, id);
  }
}
`;

export const list: Template = (n) => `${imports(n, [
  'import type { Page, Paged } from "../shared/page.js";',
  `import type { ${n.Entity} } from "./${n.kebab}.js";`,
  `import { type ${n.Entity}ListQuery, ${newestFirst(n)} } from "./${n.kebab}-list-query.js";`,
])}

/** Lists the ${n.pluralWords} of an organisation the caller is a member of, matching the query. Raises: ${MEMBER_REFUSALS}. */
export class List${n.Plural} {
${constructorOf(n)}

  async execute(
    actor: Actor,
    organizationId: string,
    page: Page,
    query: ${n.Entity}ListQuery = ${newestFirst(n)},
  ): Promise<Paged<${n.Entity}>> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "member");
    return this.${n.plural}.list(organization.id, page, query);
  }
}
`;

export const update: Template = (n) => `${imports(n, [
  `import { find${n.Entity}In } from "./find-${n.kebab}-in-organization.js";`,
  `import { ${n.Entity}, type ${n.Entity}Patch } from "./${n.kebab}.js";`,
  `import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";`,
])}

/** Changes ${n.article} ${n.words}: a member their own, an admin or owner any in the organisation. Raises: ${MEMBER_REFUSALS}, ${n.snake}.not_found, ${n.snake}.forbidden. */
export class Update${n.Entity} {
${constructorOf(n)}

  async execute(actor: Actor, organizationId: string, id: string, patch: ${n.Entity}Patch): Promise<${n.Entity}> {
    const { organization, membership } = await requireRole(this.organizations, actor, organizationId, "member");
    const current = await find${n.Entity}In(this.${n.plural}, organization.id, id);
    ${n.Entity}.assertManageableBy(current, actor.id, membership.role);
    const updated = await this.${n.plural}.update(id, patch);
    if (!updated) throw ${n.Entity}Errors.notFound();
    return updated;
  }
}
`;

export const remove: Template = (n) => `${imports(n, [
  `import { find${n.Entity}In } from "./find-${n.kebab}-in-organization.js";`,
  `import { ${n.Entity} } from "./${n.kebab}.js";`,
  `import { ${n.Entity}Errors } from "./${n.kebab}-errors.js";`,
])}

/** Deletes ${n.article} ${n.words}: a member their own, an admin or owner any in the organisation. Raises: ${MEMBER_REFUSALS}, ${n.snake}.not_found, ${n.snake}.forbidden. */
export class Delete${n.Entity} {
${constructorOf(n)}

  async execute(actor: Actor, organizationId: string, id: string): Promise<void> {
    const { organization, membership } = await requireRole(this.organizations, actor, organizationId, "member");
    const current = await find${n.Entity}In(this.${n.plural}, organization.id, id);
    ${n.Entity}.assertManageableBy(current, actor.id, membership.role);
    if (!(await this.${n.plural}.remove(id))) throw ${n.Entity}Errors.notFound();
  }
}
`;

export const useCases: Template = (n) => `import type { OrganizationRepository } from "../organizations/ports.js";
import { Create${n.Entity} } from "./create-${n.kebab}.js";
import { Delete${n.Entity} } from "./delete-${n.kebab}.js";
import { Get${n.Entity} } from "./get-${n.kebab}.js";
import { List${n.Plural} } from "./list-${n.pluralKebab}.js";
import type { ${n.Entity}Repository } from "./ports.js";
import { Update${n.Entity} } from "./update-${n.kebab}.js";

/** Every ${n.words} use case over the organisations (for the caller's role) and one repository, for the composition root to bind by class. */
export const ${n.entity}UseCases = (organizations: OrganizationRepository, ${n.plural}: ${n.Entity}Repository) => [
  new Create${n.Entity}(organizations, ${n.plural}),
  new Get${n.Entity}(organizations, ${n.plural}),
  new List${n.Plural}(organizations, ${n.plural}),
  new Update${n.Entity}(organizations, ${n.plural}),
  new Delete${n.Entity}(organizations, ${n.plural}),
];
`;
