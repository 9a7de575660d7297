import { describe, expect, it } from "vitest";
import { wantsPrettyLogs } from "./log-format.js";

describe("the log format", () => {
  it("is readable lines for a terminal in local (the default environment)", () => {
    expect(wantsPrettyLogs(true, "local")).toBe(true);
    expect(wantsPrettyLogs(true, undefined)).toBe(true);
  });

  it("is JSON when stdout is not a terminal, or outside local", () => {
    expect(wantsPrettyLogs(false, "local")).toBe(false);
    expect(wantsPrettyLogs(false, undefined)).toBe(false);
    expect(wantsPrettyLogs(true, "staging")).toBe(false);
    expect(wantsPrettyLogs(true, "production")).toBe(false);
  });
});
