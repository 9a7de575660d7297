import type { Field } from "./fields.js";
import { capitalized, type ResourceNames } from "./naming.js";
import type { ResourceScope } from "./scope.js";
import * as adapters from "./templates/adapters.js";
import * as contract from "./templates/contract.js";
import * as core from "./templates/core.js";
import * as coreTests from "./templates/core-tests.js";
import * as http from "./templates/http.js";
import { messageBlock, PluralTitle } from "./templates/messages.js";
import * as orgAdapters from "./templates/org-adapters.js";
import * as orgCore from "./templates/org-core.js";
import * as orgCoreTests from "./templates/org-core-tests.js";
import * as orgHttp from "./templates/org-http.js";
import * as orgWeb from "./templates/org-web.js";
import * as web from "./templates/web.js";

/** A file the generator writes: its repository path and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** Every new file of a resource, layer by layer, like the Item resource's (or, organisation-scoped, its variant). */
export function resourceFiles(
  n: ResourceNames,
  fields: readonly Field[],
  migrationId: string,
  scope: ResourceScope = "user",
): GeneratedFile[] {
  if (scope === "organization") return organizationResourceFiles(n, fields, migrationId);
  const coreDir = `core/${n.pluralKebab}`;
  const files: [string, string][] = [
    [`${coreDir}/${n.kebab}.ts`, core.entity(n, fields)],
    [`${coreDir}/${n.kebab}-errors.ts`, core.errors(n, fields)],
    [`${coreDir}/${n.kebab}-list-query.ts`, core.listQuery(n, fields)],
    [`${coreDir}/ports.ts`, core.ports(n, fields)],
    [`${coreDir}/find-manageable-${n.kebab}.ts`, core.findManageable(n, fields)],
    [`${coreDir}/create-${n.kebab}.ts`, core.create(n, fields)],
    [`${coreDir}/get-${n.kebab}.ts`, core.get(n, fields)],
    [`${coreDir}/list-${n.pluralKebab}.ts`, core.list(n, fields)],
    [`${coreDir}/update-${n.kebab}.ts`, core.update(n, fields)],
    [`${coreDir}/delete-${n.kebab}.ts`, core.remove(n, fields)],
    [`${coreDir}/${n.kebab}-use-cases.ts`, core.useCases(n, fields)],
    [`${coreDir}/create-${n.kebab}.test.ts`, coreTests.createTest(n, fields)],
    [`${coreDir}/get-${n.kebab}.test.ts`, coreTests.getTest(n, fields)],
    [`${coreDir}/list-${n.pluralKebab}.test.ts`, coreTests.listTest(n, fields)],
    [`${coreDir}/update-${n.kebab}.test.ts`, coreTests.updateTest(n, fields)],
    [`${coreDir}/delete-${n.kebab}.test.ts`, coreTests.deleteTest(n, fields)],
    [`adapters/memory/in-memory-${n.kebab}-repository.ts`, adapters.inMemoryRepository(n, fields)],
    [`adapters/testing/${n.kebab}-builder.ts`, adapters.builder(n, fields)],
    [`adapters/persistence/${n.pluralKebab}/${n.kebab}-model.ts`, adapters.model(n, fields)],
    [
      `adapters/persistence/${n.pluralKebab}/objection-${n.kebab}-repository.ts`,
      adapters.objectionRepository(n, fields),
    ],
    [`migrations/${migrationId}.ts`, adapters.migration(n, fields)],
    [`adapters/persistence/${n.pluralKebab}/${n.kebab}-sort-indexes.test.ts`, adapters.sortIndexesTest(n, fields)],
    [`adapters/contracts/${n.kebab}-repository-contract.ts`, contract.contract(n, fields)],
    [`adapters/contracts/${n.kebab}-repository.contract.test.ts`, contract.contractTest(n, fields)],
    [`adapters/http/${n.pluralKebab}/${n.kebab}-shapes.ts`, http.shapes(n, fields)],
    [`adapters/http/controllers/${n.pluralKebab}-controller.ts`, http.controller(n, fields)],
    [`adapters/http/${n.pluralKebab}.test.ts`, http.httpTest(n, fields)],
    [`web/src/data/${n.pluralKebab}.ts`, web.data(n, fields)],
    [`web/src/components/${n.kebab}-form-dialog.tsx`, web.formDialog(n, fields)],
    [`web/src/components/${n.kebab}-actions.tsx`, web.actions(n, fields)],
    [`web/src/routes/${n.pluralKebab}.tsx`, web.page(n, fields)],
    [`web/e2e/${n.pluralKebab}.spec.ts`, web.spec(n, fields)],
  ];
  return files.map(([path, text]) => ({ path, text }));
}

/** The files of an organisation-scoped resource: the same layers, its routes under /api/v1/organizations/{org_id}/. */
function organizationResourceFiles(n: ResourceNames, fields: readonly Field[], migrationId: string): GeneratedFile[] {
  const coreDir = `core/${n.pluralKebab}`;
  const files: [string, string][] = [
    [`${coreDir}/${n.kebab}.ts`, orgCore.entity(n, fields)],
    [`${coreDir}/${n.kebab}-errors.ts`, core.errors(n, fields)],
    [`${coreDir}/${n.kebab}-list-query.ts`, core.listQuery(n, fields)],
    [`${coreDir}/ports.ts`, orgCore.ports(n, fields)],
    [`${coreDir}/find-${n.kebab}-in-organization.ts`, orgCore.findInOrganization(n, fields)],
    [`${coreDir}/create-${n.kebab}.ts`, orgCore.create(n, fields)],
    [`${coreDir}/get-${n.kebab}.ts`, orgCore.get(n, fields)],
    [`${coreDir}/list-${n.pluralKebab}.ts`, orgCore.list(n, fields)],
    [`${coreDir}/update-${n.kebab}.ts`, orgCore.update(n, fields)],
    [`${coreDir}/delete-${n.kebab}.ts`, orgCore.remove(n, fields)],
    [`${coreDir}/${n.kebab}-use-cases.ts`, orgCore.useCases(n, fields)],
    [`${coreDir}/create-${n.kebab}.test.ts`, orgCoreTests.createTest(n, fields)],
    [`${coreDir}/get-${n.kebab}.test.ts`, orgCoreTests.getTest(n, fields)],
    [`${coreDir}/list-${n.pluralKebab}.test.ts`, orgCoreTests.listTest(n, fields)],
    [`${coreDir}/update-${n.kebab}.test.ts`, orgCoreTests.updateTest(n, fields)],
    [`${coreDir}/delete-${n.kebab}.test.ts`, orgCoreTests.deleteTest(n, fields)],
    [`adapters/memory/in-memory-${n.kebab}-repository.ts`, adapters.inMemoryRepository(n, fields, "organization")],
    [`adapters/testing/${n.kebab}-builder.ts`, orgAdapters.builder(n, fields)],
    [`adapters/persistence/${n.pluralKebab}/${n.kebab}-model.ts`, adapters.model(n, fields, "organization")],
    [
      `adapters/persistence/${n.pluralKebab}/objection-${n.kebab}-repository.ts`,
      adapters.objectionRepository(n, fields, "organization"),
    ],
    [`migrations/${migrationId}.ts`, adapters.migration(n, fields, "organization")],
    [`adapters/persistence/${n.pluralKebab}/${n.kebab}-sort-indexes.test.ts`, orgAdapters.sortIndexesTest(n, fields)],
    [`adapters/contracts/${n.kebab}-repository-contract.ts`, contract.contract(n, fields, "organization")],
    [`adapters/contracts/${n.kebab}-repository.contract.test.ts`, contract.contractTest(n, fields, "organization")],
    [`adapters/http/${n.pluralKebab}/${n.kebab}-shapes.ts`, orgHttp.shapes(n, fields)],
    [`adapters/http/controllers/${n.pluralKebab}-controller.ts`, orgHttp.controller(n, fields)],
    [`adapters/http/${n.pluralKebab}.test.ts`, orgHttp.httpTest(n, fields)],
    [`web/src/data/${n.pluralKebab}.ts`, orgWeb.data(n, fields)],
    [`web/src/components/${n.kebab}-form-dialog.tsx`, web.formDialog(n, fields)],
    [`web/src/components/${n.kebab}-actions.tsx`, web.actions(n, fields)],
    [`web/src/routes/${n.pluralKebab}.tsx`, orgWeb.page(n, fields)],
    [`web/e2e/${n.pluralKebab}.spec.ts`, orgWeb.spec(n, fields)],
  ];
  return files.map(([path, text]) => ({ path, text }));
}

/**
 * Lines added to an existing file: imports (Biome sorts them in) and lines placed before a marker comment, or, when
 * `inNameOrder`, among the lines just above the marker (same indent) before the first one that sorts after them.
 */
export interface Insertion {
  readonly path: string;
  readonly imports?: readonly string[];
  readonly marker?: string;
  readonly lines?: readonly string[];
  readonly inNameOrder?: boolean;
}

/** Where a resource plugs into the existing files: composition root, migration list, SPA routes and sidebar. */
export function resourceInsertions(
  n: ResourceNames,
  fields: readonly Field[],
  migrationId: string,
  scope: ResourceScope = "user",
): Insertion[] {
  if (scope === "organization") return organizationInsertions(n, fields, migrationId);
  const migrationName = `create${n.Entity}`;
  return [
    {
      path: "adapters/container.ts",
      imports: [
        `import type { ${n.Entity}Repository } from "../core/${n.pluralKebab}/ports.js";`,
        `import { ${n.entity}UseCases } from "../core/${n.pluralKebab}/${n.kebab}-use-cases.js";`,
        `import { ${n.Plural}Controller } from "./http/controllers/${n.pluralKebab}-controller.js";`,
      ],
    },
    {
      path: "adapters/container.ts",
      marker: "// resource-generator: adapters",
      lines: [`readonly ${n.plural}: ${n.Entity}Repository;`],
    },
    {
      path: "adapters/container.ts",
      marker: "// resource-generator: use cases",
      lines: [`...${n.entity}UseCases(adapters.${n.plural}, trail),`],
    },
    {
      path: "adapters/container.ts",
      marker: "// resource-generator: controllers",
      lines: [`container.bind(${n.Plural}Controller).toSelf().inSingletonScope();`],
    },
    {
      path: "adapters/create-adapters.ts",
      imports: [
        `import { Objection${n.Entity}Repository } from "./persistence/${n.pluralKebab}/objection-${n.kebab}-repository.js";`,
      ],
      marker: "// resource-generator: repositories",
      lines: [`${n.plural}: new Objection${n.Entity}Repository(knex),`],
    },
    {
      path: "core/shared/unit-of-work.ts",
      imports: [`import type { ${n.Entity}Repository } from "../${n.pluralKebab}/ports.js";`],
      marker: "// resource-generator: transactional repositories",
      lines: [`readonly ${n.plural}: ${n.Entity}Repository;`],
    },
    {
      path: "adapters/persistence/knex-unit-of-work.ts",
      imports: [
        `import { Objection${n.Entity}Repository } from "./${n.pluralKebab}/objection-${n.kebab}-repository.js";`,
      ],
      marker: "// resource-generator: transactional repositories",
      lines: [`${n.plural}: new Objection${n.Entity}Repository(transaction),`],
    },
    {
      path: "adapters/memory/in-memory-repositories.ts",
      imports: [`import { InMemory${n.Entity}Repository } from "./in-memory-${n.kebab}-repository.js";`],
      marker: "// resource-generator: repositories",
      lines: [`${n.plural}: new InMemory${n.Entity}Repository(store),`],
    },
    {
      path: "core/audit/audit-event.ts",
      marker: "// resource-generator: audit actions",
      lines: [`"${n.snake}.deleted_by_admin",`],
    },
    {
      path: "core/audit/audit-event.ts",
      marker: "// resource-generator: audit targets",
      lines: [`| "${n.snake}"`],
    },
    {
      path: "adapters/http/audit/audit-shapes.ts",
      marker: "// resource-generator: audit actions",
      lines: [`| "${n.snake}.deleted_by_admin"`],
    },
    {
      path: "web/src/lib/audit-actions.ts",
      marker: "// resource-generator: audit groups",
      lines: [`"${capitalized(n.pluralWords)}",`],
    },
    {
      path: "web/src/lib/audit-actions.ts",
      marker: "// resource-generator: audit actions",
      lines: [`"${n.snake}.deleted_by_admin": "${capitalized(n.pluralWords)}",`],
    },
    {
      path: "web/src/lib/audit-actions.ts",
      marker: "// resource-generator: audit group labels",
      lines: [`"${capitalized(n.pluralWords)}": () => t("activity.group${n.Plural}"),`],
    },
    ...catalogueInsertions(n, fields),
    {
      path: "adapters/persistence/migrations.ts",
      imports: [`import * as ${migrationName} from "../../migrations/${migrationId}.js";`],
      marker: "// resource-generator: migrations",
      lines: [`"${migrationId}": ${migrationName},`],
      inNameOrder: true,
    },
    {
      path: "web/src/data/query-keys.ts",
      marker: "// resource-generator: query keys",
      lines: [
        `${n.plural}: {`,
        `  all: ["${n.plural}"] as const,`,
        `  list: (params: object) => ["${n.plural}", params] as const,`,
        "},",
      ],
    },
    {
      path: "web/scripts/generate-rules.mjs",
      marker: "// resource-generator: rules",
      lines: fields
        .filter(web.hasLengthRule)
        .map((f) => `${web.ruleName(n, f)}: ["${n.Entity}Create", "${f.column}"],`),
    },
    {
      path: "web/src/lib/types.ts",
      marker: "// resource-generator: types",
      lines: [`export type ${n.Entity}Public = Schemas["${n.Entity}Public"];`],
    },
    {
      path: "web/src/data/api.ts",
      marker: "// resource-generator: api calls",
      lines: [
        `read${n.Plural}: call(fetcher.path("/api/v1/${n.route}").method("get").create()),`,
        `create${n.Entity}: call(fetcher.path("/api/v1/${n.route}").method("post").create()),`,
        `update${n.Entity}: call(fetcher.path("/api/v1/${n.route}/{id}").method("put").create()),`,
        `delete${n.Entity}: call(fetcher.path("/api/v1/${n.route}/{id}").method("delete").create()),`,
      ],
    },
    {
      path: "web/src/main.tsx",
      marker: "// resource-generator: pages",
      lines: [`const ${n.Plural}Page = lazy(() => import("./routes/${n.pluralKebab}.js"));`],
    },
    {
      path: "web/src/main.tsx",
      marker: "{/* resource-generator: routes */}",
      lines: [`<Route path="/${n.route}" component={${n.Plural}Page} />`],
    },
    {
      path: "web/src/components/sidebar.tsx",
      imports: [`import ${n.Plural}Icon from "lucide-solid/icons/folder-kanban";`],
      marker: "{/* resource-generator: sidebar */}",
      lines: [
        `<NavLink href="/${n.route}" onClick={props.onNavigate} icon={<${n.Plural}Icon class="size-4" aria-hidden="true" />}>`,
        `  {t("shell.${n.plural}")}`,
        "</NavLink>",
      ],
    },
  ];
}

const UNTRANSLATED = [
  "English, as the generator wrote it (it cannot translate): translate this block into German, and this resource's",
  "page title, sidebar link and audit group at the other resource-generator markers too.",
];

/** The resource's texts in each message catalogue: its block, its page title, sidebar link and audit group. */
function catalogueInsertions(n: ResourceNames, fields: readonly Field[]): Insertion[] {
  return (["en", "de"] as const).flatMap((locale): Insertion[] => {
    const path = `web/src/i18n/${locale}.ts`;
    const label = `${n.plural}: ${JSON.stringify(PluralTitle(n))},`;
    return [
      { path, marker: "// resource-generator: titles", lines: [label] },
      { path, marker: "// resource-generator: navigation", lines: [label] },
      {
        path,
        marker: "// resource-generator: messages",
        lines: messageBlock(n, fields, locale === "de" ? UNTRANSLATED : []),
      },
      {
        path,
        marker: "// resource-generator: audit groups",
        lines: [`group${n.Plural}: ${JSON.stringify(PluralTitle(n))},`],
      },
    ];
  });
}

/** `text` with the insertion applied: imports after the last import, lines before the marker at its indent. */
export function applyInsertion(text: string, insertion: Insertion): string {
  let lines = text.split("\n");
  if (insertion.marker !== undefined) {
    const at = lines.findIndex((line) => line.trim() === insertion.marker);
    if (at < 0) throw new Error(`${insertion.path} has no marker ${insertion.marker}`);
    const indent = /^\s*/.exec(lines[at] ?? "")?.[0] ?? "";
    const added = (insertion.lines ?? []).map((line) => indent + line);
    const place = insertion.inNameOrder ? placeInNameOrder(lines, at, indent, added[0] ?? "") : at;
    lines = [...lines.slice(0, place), ...added, ...lines.slice(place)];
  }
  if (insertion.imports?.length) {
    const end = endOfImports(lines);
    lines = [...lines.slice(0, end), ...insertion.imports, ...lines.slice(end)];
  }
  return lines.join("\n");
}

/** Where `line` goes among the lines above the marker at `at` that share its indent, to keep them in name order. */
function placeInNameOrder(lines: readonly string[], at: number, indent: string, line: string): number {
  let start = at;
  while (start > 0 && lines[start - 1]?.startsWith(indent) && !lines[start - 1]?.startsWith(`${indent} `)) start -= 1;
  const after = lines.slice(start, at).findIndex((existing) => existing.trim() > line.trim());
  return after < 0 ? at : start + after;
}

/** The index after the last line of the file's leading import statements. */
function endOfImports(lines: readonly string[]): number {
  let end = 0;
  let inImport = false;
  for (const [index, line] of lines.entries()) {
    if (line.startsWith("import ")) inImport = true;
    else if (!inImport && line.trim() !== "") break;
    if (inImport && /["'];\s*$/.test(line)) {
      inImport = false;
      end = index + 1;
    }
  }
  return end;
}

/**
 * Where an organisation-scoped resource plugs in: as a user-scoped one, but its use cases take the organisations (for
 * the caller's role), its API calls, page route and sidebar link name the organisation, and it writes no audit event.
 */
function organizationInsertions(n: ResourceNames, fields: readonly Field[], migrationId: string): Insertion[] {
  const orgPath = `/api/v1/organizations/{org_id}/${n.route}`;
  const variants: Record<string, readonly string[]> = {
    "// resource-generator: use cases": [`...${n.entity}UseCases(adapters.organizations, adapters.${n.plural}),`],
    "// resource-generator: api calls": [
      `read${n.Plural}: call(fetcher.path("${orgPath}").method("get").create()),`,
      `create${n.Entity}: call(fetcher.path("${orgPath}").method("post").create()),`,
      `update${n.Entity}: call(fetcher.path("${orgPath}/{id}").method("put").create()),`,
      `delete${n.Entity}: call(fetcher.path("${orgPath}/{id}").method("delete").create()),`,
    ],
    "{/* resource-generator: routes */}": [`<Route path="/orgs/:orgId/${n.route}" component={${n.Plural}Page} />`],
    "{/* resource-generator: sidebar */}": [
      `<OrganizationNavLink path="${n.route}" onClick={props.onNavigate} icon={<${n.Plural}Icon class="size-4" aria-hidden="true" />}>`,
      `  {t("shell.${n.plural}")}`,
      "</OrganizationNavLink>",
    ],
  };
  return resourceInsertions(n, fields, migrationId)
    .filter((insertion) => !insertion.marker?.includes("resource-generator: audit"))
    .map((insertion) => {
      const lines = insertion.marker === undefined ? undefined : variants[insertion.marker];
      return lines ? { ...insertion, lines } : insertion;
    });
}
