import { describe, expect, it } from "vitest";
import { toggleSort } from "./search-fields.js";

describe("toggleSort", () => {
  it("starts another column ascending", () => {
    expect(toggleSort({ sort: "created_at", order: "desc" }, "title")).toEqual({ sort: "title", order: "asc" });
    expect(toggleSort({ sort: "email", order: "asc" }, "full_name")).toEqual({ sort: "full_name", order: "asc" });
  });

  it("flips the order of the active column", () => {
    expect(toggleSort({ sort: "title", order: "asc" }, "title")).toEqual({ order: "desc" });
    expect(toggleSort({ sort: "title", order: "desc" }, "title")).toEqual({ order: "asc" });
  });
});
