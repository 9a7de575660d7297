import { beforeEach, describe, expect, it } from "vitest";
import { rememberReturnPath, takeReturnPath } from "./return-path.js";

describe("the path to come back to after logging in", () => {
  beforeEach(() => sessionStorage.clear());

  it("is given once", () => {
    rememberReturnPath("/invitations/accept?token=abc");
    expect(takeReturnPath()).toBe("/invitations/accept?token=abc");
    expect(takeReturnPath()).toBeNull();
  });

  it("is never another site", () => {
    rememberReturnPath("//evil.example/x");
    expect(takeReturnPath()).toBeNull();
    rememberReturnPath("https://evil.example/x");
    expect(takeReturnPath()).toBeNull();
  });
});
