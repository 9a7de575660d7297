import { describe, expect, test } from "vitest";
import { defaultSuperuser, nameFromDir, parseFlags } from "./options.js";

describe("parseFlags", () => {
  test("reads the non-interactive form", () => {
    const flags = parseFlags([
      "my-app",
      "--name",
      "Acme Portal",
      "--superuser",
      "admin@acme.test",
      "--domain",
      "acme.test",
      "--yes",
    ]);
    expect(flags).toMatchObject({
      dir: "my-app",
      name: "Acme Portal",
      superuser: "admin@acme.test",
      domain: "acme.test",
      yes: true,
      install: false,
      git: true,
    });
  });

  test("turns git off with --no-git", () => {
    expect(parseFlags(["x", "--no-git", "-y"])).toMatchObject({ git: false, yes: true });
  });

  test("refuses unknown options and a second folder", () => {
    expect(() => parseFlags(["x", "--nmae", "Typo"])).toThrow("Unknown option '--nmae'");
    expect(() => parseFlags(["x", "y"])).toThrow("One target folder expected");
  });
});

describe("defaults", () => {
  test("name the project after its folder", () => {
    expect(nameFromDir("projects/acme-portal_v2/")).toBe("Acme Portal V2");
  });

  test("put the superuser on the project's domain unless it is local", () => {
    expect(defaultSuperuser("acme.com")).toBe("admin@acme.com");
    expect(defaultSuperuser("localhost")).toBe("admin@example.com");
  });
});
