import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./email-address.js";

describe("normalizeEmail", () => {
  it("keeps the local part and lower-cases the domain", () => {
    expect(normalizeEmail("John.Doe+tag@Example.COM")).toBe("John.Doe+tag@example.com");
  });

  it("unwraps the display-name form", () => {
    expect(normalizeEmail("John Doe <john@example.com>")).toBe("john@example.com");
  });

  it("accepts international addresses", () => {
    expect(normalizeEmail("jürgen@bücher.de")).toBe("jürgen@bücher.de");
  });

  it.each([
    ["plainaddress", "An email address must have an @-sign."],
    ["@example.com", "There must be something before the @-sign."],
    ["user@", "There must be something after the @-sign."],
    [
      "user@my.localhost",
      "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
    ],
    [
      "user@printer.local",
      "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
    ],
    ["user@site.test", "The part after the @-sign is a special-use or reserved name that cannot be used with email."],
    ["user@nodot", "The part after the @-sign is not valid. It should have a period."],
    [".user@example.com", "An email address cannot start with a period."],
    ["us..er@example.com", "An email address cannot have two periods in a row."],
    ["user.@example.com", "An email address cannot have a period immediately before the @-sign."],
    ["a b@example.com", "The email address contains invalid characters before the @-sign: 'SPACE'."],
    ["a@b@example.com", "The email address contains invalid characters before the @-sign: '@'."],
    ["user@exa_mple.com", "The part after the @-sign contains invalid characters: '_'."],
    ["user@.example.com", "An email address cannot have a period immediately after the @-sign."],
    ["user@example.com.", "An email address cannot end with a period."],
    ["user@1.2.3.4", "The part after the @-sign is not valid. It is not within a valid top-level domain."],
    [`${"a".repeat(65)}@example.com`, "The email address is too long before the @-sign (1 character too many)."],
  ])("refuses %s with the reference's reason", (input, reason) => {
    expect(() => normalizeEmail(input)).toThrow(reason);
  });
});
