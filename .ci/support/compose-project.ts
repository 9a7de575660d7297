import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { mergeCompose } from "./compose-merge.js";
import { interpolateTree } from "./interpolate.js";

/** A Compose file as Docker Compose sees it after YAML anchors and variable interpolation. */
export type ComposeFile = Record<string, unknown> & { services: Record<string, ComposeService> };

/** The parts of a service the checks read; everything else stays available as unknown. */
export type ComposeService = Record<string, unknown> & {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string; args?: Record<string, string> };
  command?: string[];
  depends_on?: Record<string, { condition: string; restart?: boolean }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean; interval?: string; retries?: number };
  ports?: string[];
  labels?: string[] | Record<string, string>;
  environment?: Record<string, string | number | null>;
  networks?: string[] | Record<string, unknown>;
  volumes?: string[];
  develop?: { watch: { path: string; action: string; target?: string }[] };
  profiles?: string[];
};

/** Loads Compose files with the given variables (as from an .env file) and merges them in order. */
export function loadCompose(paths: string[], env: ReadonlyMap<string, string>) {
  const used = new Set<string>();
  const files = paths.map((path) => {
    const raw = parse(readFileSync(path, "utf8"), { merge: true, maxAliasCount: 100 });
    // A JSON round-trip un-shares YAML aliases, so merging into one service never changes another.
    return interpolateTree(JSON.parse(JSON.stringify(raw)), { env, used }) as ComposeFile;
  });
  const merged = files
    .slice(1)
    .reduce((base, file) => mergeCompose(base, file) as ComposeFile, files[0] as ComposeFile);
  return { files, merged, used };
}

/** Labels as a key → value map, whichever form the file used. */
export function labelsOf(service: ComposeService): Record<string, string> {
  const labels = service.labels ?? {};
  if (!Array.isArray(labels)) return labels;
  return Object.fromEntries(
    labels.map((label) => [label.slice(0, label.indexOf("=")), label.slice(label.indexOf("=") + 1)]),
  );
}
