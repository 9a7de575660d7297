import type { Field } from "../fields.js";

/** The TypeScript type of a field in the core (null added for an optional field by `nullable`). */
export function coreType(field: Field): string {
  switch (field.type) {
    case "string":
    case "text":
    case "decimal":
    case "date":
      return "string";
    case "int":
      return "number";
    case "boolean":
      return "boolean";
    case "datetime":
      return "Date";
    case "enum":
      return field.values.map((value) => JSON.stringify(value)).join(" | ");
  }
}

export const nullable = (field: Field, type: string): string => (field.optional ? `${type} | null` : type);

/** The type of a field in the API's answers. */
export function publicType(field: Field): string {
  if (field.type === "decimal") return "Decimal";
  if (field.type === "date") return "CalendarDate";
  return coreType(field);
}

/** The type of a field in a request body: dates arrive as Dates (tsoa checks and converts them). */
export function bodyType(field: Field): string {
  if (field.type === "date" || field.type === "datetime") return "Date";
  return publicType(field);
}

/** The JSDoc validation tags of a body field (tsoa turns them into the OpenAPI rules and the 422s). */
export function bodyRules(field: Field): string[] {
  switch (field.type) {
    case "string":
      return field.optional ? [`@maxLength ${field.maxLength}`] : ["@minLength 1", `@maxLength ${field.maxLength}`];
    case "text":
      return [`@maxLength ${field.maxLength}`];
    case "int":
      return ["@isInt", "@minimum -2147483648", "@maximum 2147483647"];
    case "date":
      return ["@isDate"];
    case "datetime":
      return ["@isDateTime"];
    default:
      return [];
  }
}

/** A JSDoc block (or nothing) for the given tags, indented by two spaces. */
export function jsDoc(tags: readonly string[]): string {
  if (tags.length === 0) return "";
  if (tags.length === 1) return `  /** ${tags[0]} */\n`;
  return `  /**\n${tags.map((tag) => `   * ${tag}`).join("\n")}\n   */\n`;
}

/** A body value turned into the core's value (dates to their day). */
export function fromBody(field: Field, expression: string): string {
  if (field.type !== "date") return field.optional ? `${expression} ?? null` : expression;
  return field.optional ? `${expression} ? dayOf(${expression}) : null` : `dayOf(${expression})`;
}

/** The knex column builder call of a field. */
export function columnBuilder(field: Field): string {
  const name = JSON.stringify(field.column);
  const column = (() => {
    switch (field.type) {
      case "string":
        return `table.string(${name}, ${field.maxLength})`;
      case "text":
        return `table.text(${name})`;
      case "int":
        return `table.integer(${name})`;
      case "decimal":
        return `table.decimal(${name}, 15, 2)`;
      case "boolean":
        return `table.boolean(${name})`;
      case "date":
        return `table.date(${name})`;
      case "datetime":
        return `table.timestamp(${name}, { useTz: true })`;
      case "enum":
        return `table.enu(${name}, ${JSON.stringify(field.values)})`;
    }
  })();
  return `${column}.${field.optional ? "nullable" : "notNullable"}()`;
}

/** The Objection model's type of a field's column. */
export function columnType(field: Field): string {
  if (field.type === "date") return nullable(field, "Date | string");
  return nullable(field, coreType(field));
}

/** A row's column turned into the core's value. */
export function fromColumn(field: Field, expression: string): string {
  if (field.type !== "date") return expression;
  return field.optional ? `${expression} === null ? null : calendarDate(${expression})` : `calendarDate(${expression})`;
}

/** A value of the field for tests, as a TypeScript expression in the core's types; `which` picks another. */
export function sampleValue(field: Field, which: 0 | 1): string {
  switch (field.type) {
    case "string": {
      const text = which === 0 ? "Alpha" : "Beta";
      return JSON.stringify(text.slice(0, field.maxLength ?? text.length));
    }
    case "text":
      return JSON.stringify(which === 0 ? "Some notes" : "Other notes");
    case "int":
      return which === 0 ? "42" : "-7";
    case "decimal":
      return JSON.stringify(which === 0 ? "12.50" : "-3.25");
    case "boolean":
      return which === 0 ? "true" : "false";
    case "date":
      return JSON.stringify(which === 0 ? "2026-03-04" : "2027-05-06");
    case "datetime":
      return `new Date(${JSON.stringify(which === 0 ? "2026-03-04T05:06:07.000Z" : "2027-05-06T07:08:09.000Z")})`;
    case "enum":
      return JSON.stringify(field.values[which] ?? field.values[0]);
  }
}

/** The same sample as JSON sends and answers it (datetimes as ISO strings). */
export function sampleJson(field: Field, which: 0 | 1): string {
  if (field.type !== "datetime") return sampleValue(field, which);
  return JSON.stringify(which === 0 ? "2026-03-04T05:06:07.000Z" : "2027-05-06T07:08:09.000Z");
}

/** A body value that the API refuses with a 422, and why, for the HTTP test. */
export function invalidJson(field: Field): string {
  switch (field.type) {
    case "string":
    case "text":
      return `"x".repeat(${(field.maxLength ?? 0) + 1})`;
    case "int":
      return "1.5";
    case "decimal":
      return JSON.stringify("12.5");
    case "boolean":
      return JSON.stringify("maybe");
    case "date":
      return JSON.stringify("2026-02-30");
    case "datetime":
      return JSON.stringify("yesterday");
    case "enum":
      return JSON.stringify("not_a_value");
  }
}
