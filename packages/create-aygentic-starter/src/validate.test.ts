import { describe, expect, test } from "vitest";
import { domainProblem, emailProblem, isSpecialUse, nameProblem } from "./validate.js";

describe("nameProblem", () => {
  test.each(["Acme Portal", "Café 2", "a.b-c"])("accepts %s", (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  test.each([
    ["", "start with a letter"],
    ["2 Fast", "start with a letter"],
    ['Acme "Portal"', "only letters"],
    ["Tom & Jerry", "only letters"],
    ["<b>", "start with a letter"],
    ["日本", "Latin letter"],
    ["Ω 2", "Latin letter"],
    [`A${"a".repeat(60)}`, "at most 60"],
  ])("refuses %j", (name, reason) => {
    expect(nameProblem(name)).toContain(reason);
  });
});

describe("domainProblem", () => {
  test.each(["acme.test", "acme.com", "my-app.example.co.uk", "localhost"])("accepts %s", (domain) => {
    expect(domainProblem(domain)).toBeNull();
  });

  test.each(["acme", "Acme.com", "-acme.com", "acme-.com", "acme..com", "https://acme.com", "acme.com/x", ""])(
    "refuses %j",
    (domain) => {
      expect(domainProblem(domain)).toContain("is not a domain name");
    },
  );
});

describe("emailProblem", () => {
  test.each(["admin@acme.test", "first.last+tag@acme.co.uk"])("accepts %s", (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  test.each(["admin", "@acme.com", "admin@", "admin@acme", "ad min@acme.com", "a..b@acme.com", "admin@localhost"])(
    "refuses %j",
    (email) => {
      expect(emailProblem(email)).toContain("is not an e-mail address");
    },
  );
});

describe("isSpecialUse", () => {
  test.each([
    ["admin@acme.test", true],
    ["admin@box.LOCAL", true],
    ["admin@acme.com", false],
    ["admin@testing.com", false],
  ])("%s → %s", (email, special) => {
    expect(isSpecialUse(email)).toBe(special);
  });
});
