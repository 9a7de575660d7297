import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Config, repoRoot } from "../../config.js";
import generated from "../generated/swagger.json" with { type: "json" };

type Document = typeof generated & { paths: Record<string, Record<string, { tags?: string[] }>> };

const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(repoRoot(), "package.json"), "utf8")) as { version: string }).version;

/** The generated OpenAPI document as served: titled PROJECT_NAME, the package version, private routes only in local. */
export function openApiDocument(config: Config): object {
  const document = structuredClone(generated) as Document;
  document.info = { ...document.info, title: config.projectName, version: packageVersion() };
  if (config.environment !== "local") {
    for (const [path, operations] of Object.entries(document.paths)) {
      if (Object.values(operations).some((operation) => operation.tags?.includes("private")))
        delete document.paths[path];
    }
  }
  return document;
}
