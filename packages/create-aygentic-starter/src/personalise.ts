import { type ProjectIdentity, replaceIdentity } from "./identity.js";
import { personalisePackageJson, personalisePackageLock } from "./package-json.js";
import { withoutStarterBlocks } from "./starter-blocks.js";
import { withOrigin, withoutStarterFigures } from "./starter-docs.js";
import type { TemplateFile } from "./template-files.js";

const isBinary = (content: Buffer): boolean => content.subarray(0, 8000).includes(0);

const byPath: Readonly<Record<string, (text: string, identity: ProjectIdentity, created: Date) => string>> = {
  "package.json": (text, { slug, name }) => personalisePackageJson(text, slug, name),
  "package-lock.json": (text, { slug }) => personalisePackageLock(text, slug),
  "docs/performance.md": (text) => withoutStarterFigures(text),
  "README.md": (text, _identity, created) => withOrigin(text, created),
};

/** The template files with the project's identity in place of the starter's. */
export function personaliseFiles(
  files: readonly TemplateFile[],
  identity: ProjectIdentity,
  created: Date,
): TemplateFile[] {
  return files.map((file) => {
    if (isBinary(file.content)) return file;
    const renamed = replaceIdentity(withoutStarterBlocks(file.content.toString("utf8")), identity);
    const text = byPath[file.path]?.(renamed, identity, created) ?? renamed;
    return { ...file, content: Buffer.from(text, "utf8") };
  });
}

const formatted = /\.(ts|tsx|js|mjs|cjs|json|jsonc|css)$/;

/** Paths where a longer name pushed a line past the formatter's width (`npm run format` re-wraps them). */
export function overflowingFiles(
  before: readonly TemplateFile[],
  after: readonly TemplateFile[],
  width: number,
): string[] {
  return after
    .filter((file, index) => {
      if (!formatted.test(file.path)) return false;
      const original = (before[index] as TemplateFile).content.toString("utf8").split("\n");
      return file.content
        .toString("utf8")
        .split("\n")
        .some((line, row) => line.length > width && (original[row]?.length ?? 0) <= width);
    })
    .map((file) => file.path);
}

/** The formatter's line width from the template's biome.json (Biome's default is 80). */
export function formatterWidth(files: readonly TemplateFile[]): number {
  const biome = files.find((file) => file.path === "biome.json");
  if (!biome) return 80;
  const config = JSON.parse(biome.content.toString("utf8")) as { formatter?: { lineWidth?: number } };
  return config.formatter?.lineWidth ?? 80;
}
