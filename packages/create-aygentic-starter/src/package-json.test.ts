import { describe, expect, test } from "vitest";
import { personalisePackageJson, personalisePackageLock } from "./package-json.js";

describe("personalisePackageJson", () => {
  const starter = {
    name: "starter",
    version: "3.2.1",
    private: true,
    description: "The starter",
    repository: { type: "git", url: "https://github.com/owner/starter" },
    homepage: "https://starter.example",
    bugs: "https://github.com/owner/starter/issues",
    author: "Someone",
    keywords: ["starter"],
    scripts: { start: "node main.js" },
    dependencies: { koa: "3.3.0" },
  };

  test("names the project, restarts its version and drops the starter's publishing fields", () => {
    const manifest = JSON.parse(personalisePackageJson(JSON.stringify(starter), "acme-portal", "Acme Portal"));
    expect(manifest).toEqual({
      name: "acme-portal",
      version: "0.1.0",
      private: true,
      description: "Acme Portal",
      scripts: { start: "node main.js" },
      dependencies: { koa: "3.3.0" },
    });
    expect(Object.keys(manifest).slice(0, 2)).toEqual(["name", "version"]);
  });
});

describe("personalisePackageLock", () => {
  test("renames the root package in both places npm records it", () => {
    const lock = {
      name: "starter",
      version: "3.2.1",
      lockfileVersion: 3,
      packages: { "": { name: "starter", version: "3.2.1" }, "node_modules/koa": { version: "3.3.0" } },
    };
    const renamed = JSON.parse(personalisePackageLock(JSON.stringify(lock), "acme-portal"));
    expect(renamed).toEqual({
      name: "acme-portal",
      version: "0.1.0",
      lockfileVersion: 3,
      packages: { "": { name: "acme-portal", version: "0.1.0" }, "node_modules/koa": { version: "3.3.0" } },
    });
  });
});
