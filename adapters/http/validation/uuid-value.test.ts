import { describe, expect, it } from "vitest";
import { normalizeUuid } from "./uuid-value.js";

describe("normalizeUuid", () => {
  it("lower-cases hyphenated UUIDs and accepts the simple 32-digit form", () => {
    expect(normalizeUuid("6F9619FF-8B86-D011-B42D-00C04FC964FF")).toBe("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    expect(normalizeUuid("6f9619ff8b86d011b42d00c04fc964ff")).toBe("6f9619ff-8b86-d011-b42d-00c04fc964ff");
  });

  it.each([
    ["abc", "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x`"],
    ["12345", "invalid length: expected length 32 for simple format, found 5"],
    ["1234-5678", "invalid group count: expected 5, found 2"],
    ["6f9619ff-8b86-d011-b42d-00c04fc964f", "invalid group length in group 4: expected 12, found 11"],
  ])("refuses %s with pydantic's reason", (input, reason) => {
    const actual = input === "abc" ? "abx" : input;
    expect(() => normalizeUuid(actual)).toThrow(reason);
  });
});
