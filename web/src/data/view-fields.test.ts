import { describe, expect, it } from "vitest";
import { itemsViewFields } from "./items.js";
import { usersViewFields } from "./users.js";
import { parseView, serializeView } from "./view-fields.js";

const itemDefaults = { page: 1, size: 10, q: "", sort: "created_at", order: "desc" };

describe("list views in the query string", () => {
  it("reads a full items view", () => {
    const params = { q: "milk", sort: "title", order: "asc", page: "2", size: "25" };
    expect(parseView(itemsViewFields, params)).toEqual({ q: "milk", sort: "title", order: "asc", page: 2, size: 25 });
  });

  it("reads an empty query string as the defaults", () => {
    expect(parseView(itemsViewFields, {})).toEqual(itemDefaults);
    expect(parseView(usersViewFields, {})).toEqual({ ...itemDefaults, active: undefined, role: undefined });
  });

  it("reads values the API would refuse as the defaults", () => {
    const params = {
      q: "x".repeat(201),
      sort: "owner_id",
      order: "up",
      page: "0",
      size: "1000",
      active: "yes",
      role: "admin",
    };
    expect(parseView(usersViewFields, params)).toEqual({ ...itemDefaults, active: undefined, role: undefined });
    for (const page of ["-1", "1.5", "abc", "1e3", "99999999999999999", ""]) {
      expect(parseView(itemsViewFields, { page }).page).toBe(1);
    }
    expect(parseView(itemsViewFields, { size: "7" }).size).toBe(10);
    expect(parseView(itemsViewFields, { q: ["a", "b"] }).q).toBe("");
  });

  it("trims the search and keeps one of 200 characters", () => {
    expect(parseView(itemsViewFields, { q: "  milk " }).q).toBe("milk");
    expect(parseView(itemsViewFields, { q: "   " }).q).toBe("");
    expect(parseView(itemsViewFields, { q: "é".repeat(200) }).q).toBe("é".repeat(200));
  });

  it("reads the admin filters", () => {
    const view = parseView(usersViewFields, { active: "false", role: "superuser", sort: "email" });
    expect(view).toMatchObject({ active: "false", role: "superuser", sort: "email" });
  });

  it("leaves defaults out when writing a view", () => {
    expect(serializeView(itemsViewFields, itemDefaults as never)).toEqual({
      q: undefined,
      sort: undefined,
      order: undefined,
      page: undefined,
      size: undefined,
    });
    const written = serializeView(usersViewFields, {
      page: 3,
      size: 25,
      q: "ann",
      sort: "email",
      order: "desc",
      active: "true",
      role: undefined,
    });
    expect(written).toEqual({
      page: "3",
      size: "25",
      q: "ann",
      sort: "email",
      order: undefined,
      active: "true",
      role: undefined,
    });
  });

  it("reads back what it writes", () => {
    const view = { page: 4, size: 5, q: "50% off_", sort: "title" as const, order: "asc" as const };
    const written = Object.entries(serializeView(itemsViewFields, view)).filter(([, value]) => value !== undefined);
    expect(parseView(itemsViewFields, Object.fromEntries(written))).toEqual(view);
  });
});
