type Tree = Record<string, unknown>;

/** Keys whose value may be a list of "key=value" strings or a mapping: merged by key (Compose merge rules). */
const KEYED_LISTS = new Set(["environment", "labels", "annotations", "sysctls", "extra_hosts", "args"]);

/**
 * Merges an override Compose file over a base, following the Compose Specification's merge rules for what the
 * repository uses: mappings merge recursively; keyed lists (environment, labels, build args) merge by key;
 * depends_on and service networks merge by name; service volumes by target; command, entrypoint and
 * healthcheck.test are replaced; other sequences are appended without duplicates.
 */
export function mergeCompose(base: Tree, override: Tree): Tree {
  return mergeNode(base, override, []) as Tree;
}

function mergeNode(base: unknown, over: unknown, path: string[]): unknown {
  if (over === undefined) return base;
  if (base === undefined || base === null || over === null) return over;
  const key = path.at(-1) ?? "";
  const inService = path[0] === "services" && path.length === 3;
  if ((inService && (key === "command" || key === "entrypoint")) || (key === "test" && path.at(-2) === "healthcheck")) {
    return over;
  }
  if (KEYED_LISTS.has(key)) return { ...keyed(base), ...keyed(over) };
  if (inService && key === "depends_on") return mergeMaps(dependencies(base), dependencies(over), path);
  if (inService && key === "networks") return mergeMaps(names(base), names(over), path);
  if (inService && key === "volumes") return byTarget(base as unknown[], over as unknown[]);
  if (Array.isArray(base) && Array.isArray(over)) return unique([...base, ...over]);
  if (isTree(base) && isTree(over)) return mergeMaps(base, over, path);
  return over;
}

function mergeMaps(base: Tree, over: Tree, path: string[]): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeNode(base[key], value, [...path, key]);
  return out;
}

function keyed(value: unknown): Tree {
  if (!Array.isArray(value)) return { ...(value as Tree) };
  return Object.fromEntries(
    value.map((entry: string) => {
      const at = entry.indexOf("=");
      return at < 0 ? [entry, null] : [entry.slice(0, at), entry.slice(at + 1)];
    }),
  );
}

function dependencies(value: unknown): Tree {
  if (!Array.isArray(value)) return value as Tree;
  return Object.fromEntries(value.map((name: string) => [name, { condition: "service_started" }]));
}

function names(value: unknown): Tree {
  return Array.isArray(value) ? Object.fromEntries(value.map((name: string) => [name, null])) : (value as Tree);
}

function byTarget(base: unknown[], over: unknown[]): unknown[] {
  const target = (volume: unknown) =>
    typeof volume === "string" ? (volume.split(":")[1] ?? volume) : (volume as { target: string }).target;
  const overridden = new Set(over.map(target));
  return [...base.filter((volume) => !overridden.has(target(volume))), ...over];
}

function unique(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = JSON.stringify(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
