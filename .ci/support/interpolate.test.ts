// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose's ${VAR} syntax is the subject of these tests.
import { describe, expect, test } from "vitest";
import { interpolate } from "./interpolate.js";

const vars = () => ({
  env: new Map([
    ["SET", "value"],
    ["EMPTY", ""],
  ]),
  used: new Set<string>(),
});

describe("Compose interpolation", () => {
  test("replaces $VAR and ${VAR}, keeps $$ as a literal dollar and records the names used", () => {
    const context = vars();
    expect(interpolate("a-$SET-${SET}-$${NOT}", context)).toBe("a-value-value-${NOT}");
    expect([...context.used]).toEqual(["SET"]);
  });

  test("applies defaults: :- for unset or empty, - for unset only, nested", () => {
    expect(interpolate("${EMPTY:-d} ${EMPTY-d} ${UNSET-d} ${UNSET:-${SET}}", vars())).toBe("d  d value");
  });

  test("fails on ? when a required variable is missing, and :? when it is empty", () => {
    expect(() => interpolate("${UNSET?Variable not set}", vars())).toThrow("Required variable UNSET is missing");
    expect(() => interpolate("${EMPTY:?empty}", vars())).toThrow(/EMPTY/);
    expect(interpolate("${EMPTY?unused}", vars())).toBe("");
  });

  test("uses :+ replacements only when the variable is set and not empty", () => {
    expect(interpolate("${SET:+yes}|${EMPTY:+yes}|${EMPTY+yes}", vars())).toBe("yes||yes");
  });
});
