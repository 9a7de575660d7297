const starterOnlyFields = ["repository", "homepage", "bugs", "author", "contributors", "funding", "keywords"];

/** The project's package.json: its own name, version 0.1.0, and none of the starter's publishing fields. */
export function personalisePackageJson(text: string, slug: string, name: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  for (const field of starterOnlyFields) delete manifest[field];
  const project = { ...manifest, name: slug, version: "0.1.0", description: name };
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** The lock file names the root package too; npm ci refuses nothing, but a stale name would read as the starter's. */
export function personalisePackageLock(text: string, slug: string): string {
  const lock = JSON.parse(text) as {
    name?: string;
    version?: string;
    packages?: Record<string, Record<string, unknown>>;
  };
  const root = lock.packages?.[""];
  if (root) Object.assign(root, { name: slug, version: "0.1.0" });
  return `${JSON.stringify({ ...lock, name: slug, version: "0.1.0" }, null, 2)}\n`;
}
