import type { Field } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";

/**
 * The SPA's texts of a resource: their keys under the resource's plural name in web/src/i18n/en.ts and de.ts
 * (`projects.add`), and their English wording, derived from the names. The templates write `t("projects.add")`.
 */
export const Title = (n: ResourceNames): string => capitalized(n.words);
export const PluralTitle = (n: ResourceNames): string => capitalized(n.pluralWords);

/** `t("projects.<key>")`: the call the SPA templates write. */
export const msg = (n: ResourceNames, key: string): string => `t("${n.plural}.${key}")`;

export const fieldKey = (f: Field): string => f.name;
export const missingKey = (f: Field): string => `no${capitalized(f.name)}`;
export const requiredKey = (f: Field): string => `${f.name}Required`;
export const wholeNumberKey = (f: Field): string => `${f.name}WholeNumber`;
export const decimalsKey = (f: Field): string => `${f.name}Decimals`;
export const optionKey = (f: Field, value: string): string => f.name + value.split("_").map(capitalized).join("");
export const optionText = (value: string): string => capitalized(value.replace(/_/g, " "));

const isText = (f: Field) => f.type === "string" || f.type === "text";

/** The resource's message block, in catalogue order: [key, English text]. */
export function messageEntries(n: ResourceNames, fields: readonly Field[]): [string, string][] {
  const entries: [string, string][] = [
    ["heading", PluralTitle(n)],
    ["subtitle", `Create and manage your ${n.pluralWords}`],
    ["add", `Add ${Title(n)}`],
    ["search", `Search ${n.pluralWords}`],
    ["id", "ID"],
    ...fields.map((f): [string, string] => [fieldKey(f), f.label]),
    ...fields
      .filter((f) => isText(f) && f.optional)
      .map((f): [string, string] => [missingKey(f), `No ${f.label.toLowerCase()}`]),
    ...fields.flatMap((f) => f.values.map((value): [string, string] => [optionKey(f, value), optionText(value)])),
    ...(fields.some((f) => f.type === "boolean")
      ? ([
          ["yes", "Yes"],
          ["no", "No"],
        ] as [string, string][])
      : []),
    ...fields.flatMap((f): [string, string][] => {
      const rules: [string, string][] = [];
      if (!f.optional && f.type !== "boolean" && f.type !== "enum")
        rules.push([requiredKey(f), `${f.label} is required`]);
      if (f.type === "int") rules.push([wholeNumberKey(f), `${f.label} must be a whole number`]);
      if (f.type === "decimal") rules.push([decimalsKey(f), `${f.label} must be a number with at most two decimals`]);
      return rules;
    }),
    ["emptyTitle", `You don't have any ${n.pluralWords} yet`],
    ["emptyText", `Add a new ${n.words} to get started`],
    ["edit", `Edit ${Title(n)}`],
    ["delete", `Delete ${Title(n)}`],
    ["addText", `Fill in the details to add a new ${n.words}.`],
    ["editText", `Update the ${n.words} details below.`],
    [
      "deleteText",
      `This ${n.words} will be permanently deleted. Are you sure? You will not be able to undo this action.`,
    ],
    ["created", `${Title(n)} created successfully`],
    ["updated", `${Title(n)} updated successfully`],
    ["deleted", `The ${n.words} was deleted successfully`],
  ];
  const keys = entries.map(([key]) => key);
  const clash = keys.find((key, index) => keys.indexOf(key) !== index);
  if (clash !== undefined)
    throw new Error(`A field's message key ${n.plural}.${clash} clashes with another; rename the field`);
  return entries;
}

/** The lines of the block in a catalogue, under the `comment` lines (de.ts: translate me). */
export const messageBlock = (n: ResourceNames, fields: readonly Field[], comment: readonly string[]): string[] => [
  ...comment.map((line) => `// ${line}`),
  `${n.plural}: {`,
  ...messageEntries(n, fields).map(([key, text]) => `  ${key}: ${JSON.stringify(text)},`),
  "},",
];
