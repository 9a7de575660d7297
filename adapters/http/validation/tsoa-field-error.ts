import type { ValidationError } from "../validation-error.js";

type Entry = Omit<ValidationError, "loc">;

const nullOnly = "should be one of the following; [null]";
const unionPrefix = "Could not match the union against any of the items. Issues: ";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The quoted members of tsoa's enum message (`should be one of the following; ['a','b']`), or null. */
function enumMembers(message: string): string[] | null {
  const listed = /^should be one of the following; \[(.*)\]$/s.exec(message)?.[1];
  if (listed === undefined || listed === "null") return null;
  return [...listed.matchAll(/'([^']*)'/g)].map(([, member]) => `'${member}'`);
}

/** pydantic's answer to a value outside a Literal, its members worded `'a' or 'b'`, `'a', 'b' or 'c'`. */
function enumEntry(members: readonly string[], input: unknown): Entry {
  const last = members.at(-1) ?? "";
  const expected = members.length <= 1 ? last : `${members.slice(0, -1).join(", ")} or ${last}`;
  return { type: "enum", msg: `Input should be ${expected}`, input, ctx: { expected } };
}

/** Translates one of tsoa's field messages into the pydantic entry the reference would give. */
export function pydanticEntry(message: string, input: unknown, inBody: boolean): Entry {
  if (message.startsWith(unionPrefix)) return unionEntry(message.slice(unionPrefix.length), input, inBody);
  const [, rule, bound] = /^(minLength|maxLength|min|max) (-?\d+(?:\.\d+)?)$/.exec(message) ?? [];
  const limit = Number(bound);
  switch (rule) {
    case "minLength":
      return {
        type: "string_too_short",
        msg: `String should have at least ${plural(limit, "character")}`,
        input,
        ctx: { min_length: limit },
      };
    case "maxLength":
      return {
        type: "string_too_long",
        msg: `String should have at most ${plural(limit, "character")}`,
        input,
        ctx: { max_length: limit },
      };
    case "min":
      return {
        type: "greater_than_equal",
        msg: `Input should be greater than or equal to ${limit}`,
        input,
        ctx: { ge: limit },
      };
    case "max":
      return {
        type: "less_than_equal",
        msg: `Input should be less than or equal to ${limit}`,
        input,
        ctx: { le: limit },
      };
  }
  const pattern = /^Not match in '(.*)'$/s.exec(message)?.[1];
  if (pattern !== undefined) {
    return {
      type: "string_pattern_mismatch",
      msg: `String should match pattern '${pattern}'`,
      input,
      ctx: { pattern },
    };
  }
  const members = enumMembers(message);
  if (members !== null) return enumEntry(members, input);
  if (/^'.*' is required$/s.test(message)) return { type: "missing", msg: "Field required", input };
  switch (message) {
    case "invalid string value":
      return { type: "string_type", msg: "Input should be a valid string", input };
    case "invalid integer number":
      return inBody
        ? { type: "int_type", msg: "Input should be a valid integer", input }
        : { type: "int_parsing", msg: "Input should be a valid integer, unable to parse string as an integer", input };
    case "invalid boolean value":
      return inBody
        ? { type: "bool_type", msg: "Input should be a valid boolean", input }
        : { type: "bool_parsing", msg: "Input should be a valid boolean, unable to interpret input", input };
    case "invalid ISO 8601 datetime format, i.e. YYYY-MM-DDTHH:mm:ss":
      return { type: "datetime_from_date_parsing", msg: "Input should be a valid datetime or date", input };
    case "invalid object":
      return {
        type: "model_attributes_type",
        msg: "Input should be a valid dictionary or object to extract fields from",
        input,
      };
    default:
      return { type: "value_error", msg: `Value error, ${message}`, input };
  }
}

function unionEntry(issuesJson: string, input: unknown, inBody: boolean): Entry {
  try {
    const issues = JSON.parse(issuesJson) as Record<string, { message: string }>[];
    const messages = issues.flatMap((issue) => Object.values(issue).map((field) => field.message));
    // tsoa checks a union of string literals (`"a" | "b"`) member by member: one enum entry lists them all.
    const members = messages.map(enumMembers);
    if (members.length > 0 && members.every((listed) => listed !== null)) return enumEntry(members.flat(), input);
    const telling = messages.find((text) => text !== nullOnly) ?? messages[0];
    if (telling) return pydanticEntry(telling, input, inBody);
  } catch {
    // tsoa's message was not the JSON list it usually is; fall through to a generic entry
  }
  return { type: "value_error", msg: "Value error, invalid value", input };
}
