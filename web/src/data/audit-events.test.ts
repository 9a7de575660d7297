import { describe, expect, it } from "vitest";
import {
  activityViewFields,
  auditExportUrl,
  auditFilters,
  endOfDay,
  hasActivityFilters,
  NO_ACTIVITY_FILTERS,
  startOfDay,
} from "./audit-events.js";
import { parseView, serializeView } from "./view-fields.js";

const defaults = { ...NO_ACTIVITY_FILTERS, page: 1, size: 10 };
const actor = "0b7e4f4e-6a51-4a5c-9a0e-1f2d3c4b5a69";
const target = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("the activity view in the query string", () => {
  it("reads every filter", () => {
    const params = {
      q: " ann ",
      action: "auth.login",
      outcome: "failure",
      actor,
      target: target.toUpperCase(),
      since: "2026-11-01",
      until: "2026-11-30",
      page: "2",
      size: "25",
    };
    expect(parseView(activityViewFields, params)).toEqual({
      q: "ann",
      action: "auth.login",
      outcome: "failure",
      actor,
      target,
      since: "2026-11-01",
      until: "2026-11-30",
      page: 2,
      size: 25,
    });
  });

  it("reads values the API would refuse as no filter", () => {
    const params = {
      action: "auth.hack",
      outcome: "maybe",
      actor: "not-a-uuid",
      target: `${actor}0`,
      since: "2026-02-30",
      until: "30/11/2026",
    };
    expect(parseView(activityViewFields, params)).toEqual(defaults);
    for (const day of ["2026-13-01", "2026-00-10", "2026-1-1", "2025-02-29", " 2026-11-01"]) {
      expect(parseView(activityViewFields, { since: day }).since).toBe("");
    }
    expect(parseView(activityViewFields, { since: "2024-02-29" }).since).toBe("2024-02-29");
  });

  it("leaves the defaults out of the URL", () => {
    const written = serializeView(activityViewFields, { ...defaults, action: "user.updated", since: "2026-11-30" });
    expect(Object.fromEntries(Object.entries(written).filter(([, value]) => value !== undefined))).toEqual({
      action: "user.updated",
      since: "2026-11-30",
    });
  });

  it("tells a filtered view from the whole log", () => {
    expect(hasActivityFilters(NO_ACTIVITY_FILTERS)).toBe(false);
    expect(hasActivityFilters({ ...NO_ACTIVITY_FILTERS, outcome: "success" })).toBe(true);
    expect(hasActivityFilters({ ...NO_ACTIVITY_FILTERS, target })).toBe(true);
  });
});

describe("the API's audit filters", () => {
  it("turn the days into whole local days, as instants", () => {
    const since = new Date(startOfDay("2026-11-01"));
    const until = new Date(endOfDay("2026-11-30"));
    expect([since.getFullYear(), since.getMonth(), since.getDate(), since.getHours(), since.getMinutes()]).toEqual([
      2026, 10, 1, 0, 0,
    ]);
    expect([until.getMonth(), until.getDate(), until.getHours(), until.getMinutes(), until.getSeconds()]).toEqual([
      10, 30, 23, 59, 59,
    ]);
    expect(until.getMilliseconds()).toBe(999);
    expect(startOfDay("2026-11-01")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
  });

  it("leave blank filters out and rename the ids", () => {
    expect(auditFilters(NO_ACTIVITY_FILTERS)).toEqual({
      q: undefined,
      action: undefined,
      outcome: undefined,
      actor_id: undefined,
      target_id: undefined,
      since: undefined,
      until: undefined,
    });
    expect(auditFilters({ ...NO_ACTIVITY_FILTERS, q: "ann", actor, target })).toMatchObject({
      q: "ann",
      actor_id: actor,
      target_id: target,
    });
  });

  it("make the export link carry the same filters, and none when there are none", () => {
    expect(auditExportUrl(NO_ACTIVITY_FILTERS)).toBe("/api/v1/audit-events/export");
    const url = new URL(
      auditExportUrl({ ...NO_ACTIVITY_FILTERS, q: "a+b@example.com", action: "auth.login", since: "2026-11-01" }),
      "http://localhost",
    );
    expect(url.pathname).toBe("/api/v1/audit-events/export");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: "a+b@example.com",
      action: "auth.login",
      since: startOfDay("2026-11-01"),
    });
  });
});
