import { describe, expect, it } from "vitest";
import { fromDatetimeLocal, toDatetimeLocal } from "./datetime-local.js";

describe("datetime-local values", () => {
  it("round-trip an instant to the minute through the input's local time", () => {
    const iso = "2026-03-04T05:06:00.000Z";
    expect(toDatetimeLocal(iso)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromDatetimeLocal(toDatetimeLocal(iso))).toBe(iso);
  });
});
