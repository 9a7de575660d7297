import { describe, expect, it } from "vitest";
import { toParams } from "./paged-query.js";

describe("toParams", () => {
  it("turns a 1-based page and its size into skip and limit", () => {
    expect(toParams({ page: 1, size: 10 })).toEqual({ skip: 0, limit: 10 });
    expect(toParams({ page: 3, size: 25 })).toEqual({ skip: 50, limit: 25 });
  });

  it("passes the rest of a view (search, sort, filters) through unchanged", () => {
    expect(toParams({ page: 2, size: 5, q: "milk", order: "asc" })).toEqual({
      skip: 5,
      limit: 5,
      q: "milk",
      order: "asc",
    });
  });
});
