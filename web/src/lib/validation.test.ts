import { describe, expect, it } from "vitest";
import { blankOr, email, fullName, password } from "./validation.js";

const none = {};

describe("validation numbers come from the API's OpenAPI document", () => {
  it("allows a full name as long as the API does (255), no longer", () => {
    expect(fullName("x".repeat(255), none)).toBeUndefined();
    expect(fullName("x".repeat(256), none)).toBe("Full name must be at most 255 characters");
  });

  it("takes passwords from 8 to 128 characters", () => {
    expect(password("1234567", none)).toBe("Password must be at least 8 characters");
    expect(password("12345678", none)).toBeUndefined();
    expect(password("x".repeat(128), none)).toBeUndefined();
    expect(password("x".repeat(129), none)).toBe("Password must be at most 128 characters");
  });

  it("refuses an e-mail address longer than 255 characters", () => {
    expect(email(`${"a".repeat(243)}@example.com`, none)).toBeUndefined();
    expect(email(`${"a".repeat(244)}@example.com`, none)).toBe("Email must be at most 255 characters");
  });
});

describe("blankOr", () => {
  const whole = blankOr(/^-?\d+$/, "Must be a whole number");

  it("lets a blank text through and checks any other, trimmed", () => {
    expect(whole("", none)).toBeUndefined();
    expect(whole("  ", none)).toBeUndefined();
    expect(whole(" -12 ", none)).toBeUndefined();
    expect(whole("1.5", none)).toBe("Must be a whole number");
  });
});
