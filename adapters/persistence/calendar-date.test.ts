import { describe, expect, it } from "vitest";
import { calendarDate } from "./calendar-date.js";

describe("calendarDate", () => {
  it("reads PGlite's UTC midnight in UTC", () => {
    expect(calendarDate(new Date("2026-03-04T00:00:00.000Z"))).toBe("2026-03-04");
  });

  it("reads pg's local midnight in local time", () => {
    expect(calendarDate(new Date(2026, 2, 4))).toBe("2026-03-04");
  });

  it("keeps the day of a string", () => {
    expect(calendarDate("2026-03-04")).toBe("2026-03-04");
  });
});
