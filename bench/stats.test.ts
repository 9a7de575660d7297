import { describe, expect, it } from "vitest";
import { median, percentOf, quantile } from "./stats.js";

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is NaN for no values", () => {
    expect(median([])).toBeNaN();
  });
});

describe("quantile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
  });
});

describe("percentOf", () => {
  it("expresses ours as a percentage of the floor", () => {
    expect(percentOf(900, 1200)).toBe(75);
  });

  it("is NaN when the floor is zero", () => {
    expect(percentOf(5, 0)).toBeNaN();
  });
});
