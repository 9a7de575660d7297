import { describe, expect, test } from "vitest";
import { toSlug, toSnake } from "./slug.js";

describe("toSlug", () => {
  test.each([
    ["Acme Portal", "acme-portal"],
    ["Café Portal 2", "cafe-portal-2"],
    ["  --Spaced   Out--  ", "spaced-out"],
    ["A.B-C", "a-b-c"],
  ])("%s → %s", (name, slug) => {
    expect(toSlug(name)).toBe(slug);
  });

  test("gives an underscore form for identifiers", () => {
    expect(toSnake("acme-portal-2")).toBe("acme_portal_2");
  });
});
