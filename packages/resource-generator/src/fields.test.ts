import { describe, expect, it } from "vitest";
import { parseField, parseFields, searchedFields, sortedFields, titleField } from "./fields.js";

describe("parseField", () => {
  it("reads a required string with the default length", () => {
    expect(parseField("name:string")).toEqual({
      name: "name",
      column: "name",
      label: "Name",
      type: "string",
      optional: false,
      maxLength: 255,
      values: [],
    });
  });

  it("reads a length, an optional mark and a camelCase name", () => {
    expect(parseField("shortTitle:string(120)?")).toMatchObject({
      name: "shortTitle",
      column: "short_title",
      label: "Short title",
      optional: true,
      maxLength: 120,
    });
  });

  it("reads enum values", () => {
    expect(parseField("status:enum(todo,doing,done)")).toMatchObject({
      type: "enum",
      values: ["todo", "doing", "done"],
    });
  });

  it.each([
    ["notes:text", "text", 10_000],
    ["budget:int?", "int", null],
    ["cost:decimal", "decimal", null],
    ["done:boolean", "boolean", null],
    ["due:date?", "date", null],
    ["startsAt:datetime", "datetime", null],
  ])("reads %s", (argument, type, maxLength) => {
    expect(parseField(argument)).toMatchObject({ type, maxLength });
  });

  it.each([
    ["name", /Not a field/],
    ["Name:string", /Not a field/],
    ["name:varchar", /Unknown type varchar/],
    ["name:string(0)", /from 1 to/],
    ["name:string(abc)", /from 1 to/],
    ["budget:int(4)", /only string\(length\) and enum\(values\)/],
    ["status:enum()", /enum values/],
    ["status:enum(To Do,done)", /enum values/],
    ["status:enum(a,a)", /repeated/],
    ["id:string", /reserved/],
    ["ownerId:string", /reserved/],
  ])("refuses %s", (argument, message) => {
    expect(() => parseField(argument)).toThrow(message);
  });
});

describe("parseFields", () => {
  it("keeps the order and names the title, searched and sorted fields", () => {
    const fields = parseFields(["done:boolean", "nickname:string?", "name:string", "notes:text?", "code:string(8)"]);
    expect(fields.map((field) => field.name)).toEqual(["done", "nickname", "name", "notes", "code"]);
    expect(titleField(fields).name).toBe("name");
    expect(searchedFields(fields).map((field) => field.name)).toEqual(["nickname", "name", "notes", "code"]);
    expect(sortedFields(fields).map((field) => field.name)).toEqual(["name", "code"]);
  });

  it.each([
    [[], /at least one field/],
    [["done:boolean"], /at least one required string field/],
    [["name:string?"], /at least one required string field/],
    [["name:string", "name:text"], /given twice/],
  ])("refuses %o", (list, message) => {
    expect(() => parseFields(list)).toThrow(message);
  });
});
