import { readFileSync } from "node:fs";
import { Ajv2019 } from "ajv/dist/2019.js";
import formats, { type FormatsPlugin } from "ajv-formats";

// ajv-formats is CommonJS: NodeNext types its default import as the module; its `.default` is the plugin itself.
const addFormats = (formats as unknown as { default: FormatsPlugin }).default;

const SCHEMA_PATH = new URL("../compose-spec/compose-spec.json", import.meta.url);

/** A validator for the Compose Specification's JSON schema kept in .ci/compose-spec/ (see its README). */
export function composeValidator() {
  const { $schema: _draft, ...schema } = withoutIds(JSON.parse(readFileSync(SCHEMA_PATH, "utf8"))) as Record<
    string,
    unknown
  >;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  const validate = ajv.compile(schema);
  return {
    title: schema.title as string,
    /** The schema errors of one document, as "path message" lines (empty when valid). */
    errors(document: unknown): string[] {
      if (validate(document)) return [];
      return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
    },
  };
}

/** Drops the schema's draft-04 style "id" annotations, which Ajv refuses; they name subschemas, nothing more. */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}
