import { describe, expect, it } from "vitest";
import { parseFields } from "../fields.js";
import { resourceNames } from "../naming.js";
import { messageBlock, messageEntries } from "./messages.js";

const names = resourceNames("WorkOrder");

describe("a resource's messages", () => {
  it("word every field, enum value and form rule from the names, under the plural's camelCase", () => {
    const entries = new Map(
      messageEntries(names, parseFields(["name:string", "cost:decimal?", "paid:boolean", "state:enum(on_hold,open)"])),
    );
    expect(entries.get("add")).toBe("Add Work order");
    expect(entries.get("search")).toBe("Search work orders");
    expect(entries.get("stateOnHold")).toBe("On hold");
    expect(entries.get("nameRequired")).toBe("Name is required");
    expect(entries.get("costDecimals")).toBe("Cost must be a number with at most two decimals");
    expect([entries.get("yes"), entries.get("no")]).toEqual(["Yes", "No"]);
    expect(messageBlock(names, parseFields(["name:string"]), ["translate me"]).slice(0, 3)).toEqual([
      "// translate me",
      "workOrders: {",
      '  heading: "Work orders",',
    ]);
  });

  it("refuse a field whose key clashes with another message of the block", () => {
    expect(() => messageEntries(names, parseFields(["name:string", "add:string?"]))).toThrow(/workOrders\.add/);
    expect(() => messageEntries(names, parseFields(["name:string", "state:enum(open)", "stateOpen:int?"]))).toThrow(
      /stateOpen/,
    );
  });
});
