import { describe, expect, it } from "vitest";
import { nextView } from "./list-view.js";

const view = { page: 3, size: 10, q: "milk", sort: "title", order: "asc" };

describe("nextView", () => {
  it("moves to another page and keeps the rest", () => {
    expect(nextView(view, { page: 4 })).toEqual({ ...view, page: 4 });
  });

  it("goes back to page 1 when the search, sort, order or page size changes", () => {
    expect(nextView(view, { q: "bread" })).toEqual({ ...view, q: "bread", page: 1 });
    expect(nextView(view, { sort: "created_at" })?.page).toBe(1);
    expect(nextView(view, { order: "desc" })?.page).toBe(1);
    expect(nextView(view, { size: 25 })).toEqual({ ...view, size: 25, page: 1 });
  });

  it("changes nothing when nothing differs", () => {
    expect(nextView(view, { q: "milk" })).toBeUndefined();
    expect(nextView(view, { q: "milk", page: 3 })).toBeUndefined();
    expect(nextView(view, {})).toBeUndefined();
  });

  it("keeps the page named along with other changes (correcting a page past the end)", () => {
    expect(nextView(view, { q: "x", page: 2 })).toEqual({ ...view, q: "x", page: 2 });
  });
});
