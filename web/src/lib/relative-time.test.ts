import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time.js";

const now = new Date("2026-11-30T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe("relativeTime", () => {
  it("says just now under a minute", () => {
    expect(relativeTime(ago(0), now)).toBe("just now");
    expect(relativeTime(ago(59), now)).toBe("just now");
  });

  it("uses the largest whole unit", () => {
    expect(relativeTime(ago(5 * 60), now)).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * 3600 + 1800), now)).toBe("3 hours ago");
    expect(relativeTime(ago(24 * 3600), now)).toBe("yesterday");
    expect(relativeTime(ago(3 * 24 * 3600), now)).toBe("3 days ago");
    expect(relativeTime(ago(14 * 24 * 3600), now)).toBe("2 weeks ago");
    expect(relativeTime(ago(400 * 24 * 3600), now)).toBe("last year");
  });

  it("handles a time in the future (a clock ahead of ours)", () => {
    expect(relativeTime(new Date(now.getTime() + 2 * 3600 * 1000).toISOString(), now)).toBe("in 2 hours");
  });
});
