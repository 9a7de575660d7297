import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseFields } from "./fields.js";
import { insertedLines } from "./line-diff.js";
import { MANIFESTS, manifestPath, type ResourceManifest } from "./manifest.js";
import { resourceNames } from "./naming.js";
import { applyInsertion, resourceFiles, resourceInsertions } from "./resource-files.js";
import { formatFiles, regenerate } from "./run.js";
import { type ResourceScope, SCOPES } from "./scope.js";

const USAGE = `Usage: npm run new:resource -- <Name> <field:type[?]>... [--plural <Plural>] [--route <route>] [--scope user|organization]
Types: string, string(<max length>), text, int, decimal, boolean, date, datetime, enum(<a>,<b>,...); ? = optional.
Scope: user (default: each row is one user's) or organization (rows shared by an organisation's members,
under /api/v1/organizations/{org_id}/<route>/).
Example: npm run new:resource -- Project name:string budget:int? due:date? done:boolean`;

function scopeOf(value: string | undefined): ResourceScope {
  const scope = value ?? "user";
  if (!(SCOPES as readonly string[]).includes(scope))
    throw new Error(`The scope must be one of ${SCOPES.join(", ")}: ${scope}`);
  return scope as ResourceScope;
}

/** Whether a controller's text serves the resource's route already. */
const servesRoute = (controller: string, route: string, scope: ResourceScope): boolean =>
  scope === "organization"
    ? controller.includes(`"{org_id}/${route}"`) || controller.includes(`"{org_id}/${route}/`)
    : controller.includes(`@Route("api/v1/${route}")`);

/** A migration id after every existing one: the current UTC time, or one second past the newest. */
function nextMigrationStamp(root: string): string {
  const now = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const newest = readdirSync(join(root, "migrations"))
    .map((file) => file.slice(0, 14))
    .filter((stamp) => /^\d{14}$/.test(stamp))
    .sort()
    .at(-1);
  return newest !== undefined && newest >= now ? String(BigInt(newest) + 1n) : now;
}

/** Writes the resource's files, plugs it in at the markers, formats, records the manifest and regenerates. */
export function newResource(root: string, argv: readonly string[], options: { generate?: boolean } = {}): string[] {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      plural: { type: "string" },
      route: { type: "string" },
      scope: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [name, ...fieldArguments] = positionals;
  if (values.help || name === undefined) throw new Error(USAGE);
  const names = resourceNames(name, { plural: values.plural, route: values.route });
  const fields = parseFields(fieldArguments);
  const scope = scopeOf(values.scope);
  if (existsSync(join(root, manifestPath(names.kebab)))) throw new Error(`${name} was already generated`);
  const migrationId = `${nextMigrationStamp(root)}_create_${names.snake}`;
  const files = resourceFiles(names, fields, migrationId, scope);
  const taken = files.filter((file) => existsSync(join(root, file.path))).map((file) => file.path);
  if (taken.length > 0) throw new Error(`These files exist already:\n${taken.join("\n")}`);
  const routeTaken = readdirSync(join(root, "adapters/http/controllers")).some((file) =>
    servesRoute(readFileSync(join(root, "adapters/http/controllers", file), "utf8"), names.route, scope),
  );
  const routePrefix = scope === "organization" ? "/api/v1/organizations/{org_id}/" : "/api/v1/";
  if (routeTaken) throw new Error(`The route ${routePrefix}${names.route} is taken; choose another with --route`);
  const tableTaken = readdirSync(join(root, "migrations")).some((file) =>
    readFileSync(join(root, "migrations", file), "utf8").includes(`createTable("${names.snake}"`),
  );
  if (tableTaken) throw new Error(`A migration already creates the table ${names.snake}; choose another name`);

  const insertions = resourceInsertions(names, fields, migrationId, scope);
  const touched = [...new Set(insertions.map((insertion) => insertion.path))];
  const originals = new Map(touched.map((path) => [path, readFileSync(join(root, path), "utf8")]));
  for (const path of touched) {
    const text = insertions
      .filter((insertion) => insertion.path === path)
      .reduce((current, insertion) => applyInsertion(current, insertion), originals.get(path) ?? "");
    writeFileSync(join(root, path), text);
  }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  formatFiles(root, [...files.map((file) => file.path), ...touched]);

  const manifest: ResourceManifest = {
    command: [...argv],
    files: files.map((file) => file.path),
    insertions: touched.map((path) => ({
      path,
      runs: insertedLines(originals.get(path) ?? "", readFileSync(join(root, path), "utf8")),
    })),
  };
  mkdirSync(join(root, MANIFESTS), { recursive: true });
  writeFileSync(join(root, manifestPath(names.kebab)), `${JSON.stringify(manifest, null, 2)}\n`);
  formatFiles(root, [manifestPath(names.kebab)]);
  if (options.generate ?? true) regenerate(root);
  return [...manifest.files, manifestPath(names.kebab), ...touched];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const written = newResource(process.cwd(), process.argv.slice(2));
    console.log(`Wrote or changed:\n  ${written.join("\n  ")}\nand regenerated the OpenAPI document and the client.`);
    console.log("Next: npm run typecheck && npm run lint && npx vitest run <the new tests>");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
