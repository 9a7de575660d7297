/** The npm-style slug of a project name: "Café Portal 2" → "cafe-portal-2". */
export function toSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The slug with underscores, for database and other identifiers that refuse hyphens. */
export const toSnake = (slug: string): string => slug.replace(/-/g, "_");
