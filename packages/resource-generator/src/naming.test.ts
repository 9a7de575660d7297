import { describe, expect, it } from "vitest";
import { pluralize, resourceNames } from "./naming.js";

describe("pluralize", () => {
  it.each([
    ["project", "projects"],
    ["category", "categories"],
    ["day", "days"],
    ["box", "boxes"],
    ["address", "addresses"],
    ["match", "matches"],
    ["wish", "wishes"],
  ])("%s → %s", (word, plural) => {
    expect(pluralize(word)).toBe(plural);
  });
});

describe("resourceNames", () => {
  it("derives every spelling of a one-word name", () => {
    expect(resourceNames("Category")).toEqual({
      Entity: "Category",
      entity: "category",
      Plural: "Categories",
      plural: "categories",
      kebab: "category",
      pluralKebab: "categories",
      snake: "category",
      route: "categories",
      words: "category",
      pluralWords: "categories",
      article: "a",
    });
  });

  it("pluralizes the last word of a longer name", () => {
    expect(resourceNames("WorkOrder")).toMatchObject({
      entity: "workOrder",
      Plural: "WorkOrders",
      plural: "workOrders",
      kebab: "work-order",
      pluralKebab: "work-orders",
      snake: "work_order",
      route: "work-orders",
      pluralWords: "work orders",
      article: "a",
    });
  });

  it("puts an before a name that starts with a vowel", () => {
    expect(resourceNames("Item").article).toBe("an");
    expect(resourceNames("OrderLine").article).toBe("an");
  });

  it("takes a plural and a route given as flags", () => {
    const names = resourceNames("Person", { plural: "People", route: "staff" });
    expect(names).toMatchObject({ Plural: "People", plural: "people", pluralKebab: "people", route: "staff" });
  });

  it.each([
    ["project", {}, /PascalCase/],
    ["Work_Order", {}, /PascalCase/],
    ["Sheep", { plural: "Sheep" }, /must differ/],
    ["Person", { plural: "people" }, /plural must be PascalCase/],
    ["Project", { route: "My Projects" }, /kebab-case/],
  ])("refuses %s %o", (name, options, message) => {
    expect(() => resourceNames(name, options)).toThrow(message);
  });
});
