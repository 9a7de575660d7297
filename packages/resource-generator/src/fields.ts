import { capitalized, wordsOf } from "./naming.js";

export type FieldType = "string" | "text" | "int" | "decimal" | "boolean" | "date" | "datetime" | "enum";

/** One field of a generated resource, parsed from `name:type` (`budget:int?`, `name:string(120)`). */
export interface Field {
  /** camelCase: the core and the SPA's name */
  readonly name: string;
  /** snake_case: the column and the JSON key */
  readonly column: string;
  /** `Due date`: the form label and the column header */
  readonly label: string;
  readonly type: FieldType;
  readonly optional: boolean;
  /** The most characters a `string` (default 255) or `text` (10000) holds. */
  readonly maxLength: number | null;
  /** The values of an `enum`. */
  readonly values: readonly string[];
}

const DEFAULT_STRING_LENGTH = 255;
const TEXT_LENGTH = 10_000;
const FIELD = /^([a-z][a-zA-Z0-9]*):([a-z]+)(?:\(([^)]*)\))?(\?)?$/;
const ENUM_VALUE = /^[a-z][a-z0-9_]*$/;
const TYPES: readonly FieldType[] = ["string", "text", "int", "decimal", "boolean", "date", "datetime", "enum"];

/** Names the generated code already uses for every resource. */
const RESERVED = new Set([
  "id",
  "ownerId",
  "owner",
  "organizationId",
  "createdAt",
  "constructor",
  "prototype",
  "toString",
]);

/** Parses one field argument; throws a message naming the argument and what is wrong with it. */
export function parseField(argument: string): Field {
  const match = FIELD.exec(argument);
  if (!match) throw new Error(`Not a field: ${argument} (expected name:type, e.g. budget:int? or name:string(120))`);
  const [, name = "", typeName = "", parameter, question] = match;
  if (RESERVED.has(name)) throw new Error(`The field name ${name} is reserved`);
  if (!(TYPES as readonly string[]).includes(typeName)) {
    throw new Error(`Unknown type ${typeName} in ${argument}; one of: ${TYPES.join(", ")}`);
  }
  const type = typeName as FieldType;
  const words = wordsOf(name);
  return {
    name,
    column: words.join("_"),
    label: capitalized(words.join(" ")),
    type,
    optional: question === "?",
    maxLength: maxLengthOf(type, parameter, argument),
    values: enumValues(type, parameter, argument),
  };
}

function maxLengthOf(type: FieldType, parameter: string | undefined, argument: string): number | null {
  if (type === "text") return noParameter(parameter, argument, TEXT_LENGTH);
  if (type !== "string") return type === "enum" ? null : noParameter(parameter, argument, null);
  if (parameter === undefined) return DEFAULT_STRING_LENGTH;
  const length = Number(parameter);
  if (!/^\d+$/.test(parameter) || length < 1 || length > 10_485_760) {
    throw new Error(`The length of ${argument} must be a whole number from 1 to 10485760`);
  }
  return length;
}

function noParameter<T>(parameter: string | undefined, argument: string, result: T): T {
  if (parameter !== undefined) throw new Error(`${argument}: only string(length) and enum(values) take parameters`);
  return result;
}

function enumValues(type: FieldType, parameter: string | undefined, argument: string): string[] {
  if (type !== "enum") return [];
  const values = (parameter ?? "").split(",").map((value) => value.trim());
  if (values.length < 1 || values.some((value) => !ENUM_VALUE.test(value))) {
    throw new Error(`${argument}: enum values are lower-case words, e.g. status:enum(todo,doing,done)`);
  }
  if (new Set(values).size !== values.length) throw new Error(`${argument}: an enum value is repeated`);
  return values;
}

/** Parses every field argument: at least one, a `string` among them (what the list searches and shows first). */
export function parseFields(argumentsList: readonly string[]): Field[] {
  const fields = argumentsList.map(parseField);
  if (fields.length === 0) throw new Error("Give at least one field, e.g. name:string");
  const names = fields.map((field) => field.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new Error(`The field ${repeated} is given twice`);
  const columns = fields.map((field) => field.column);
  if (new Set(columns).size !== columns.length) throw new Error("Two fields map to the same column name");
  if (!fields.some((field) => field.type === "string" && !field.optional)) {
    throw new Error("Give at least one required string field: rows are named by the first one");
  }
  return fields;
}

/** The field that names a row (the first required string field). */
export const titleField = (fields: readonly Field[]): Field => {
  const title = fields.find((field) => field.type === "string" && !field.optional);
  if (!title) throw new Error("no required string field");
  return title;
};

/** Fields the list searches (case-insensitive substring, trigram-indexed): strings and texts. */
export const searchedFields = (fields: readonly Field[]) =>
  fields.filter((field) => field.type === "string" || field.type === "text");

/** Fields the list sorts by besides the creation time: the required strings (an optional one has nothing to sort by). */
export const sortedFields = (fields: readonly Field[]) =>
  fields.filter((field) => field.type === "string" && !field.optional);
