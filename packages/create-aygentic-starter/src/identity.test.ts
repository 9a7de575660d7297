import { describe, expect, test } from "vitest";
import { mentionsStarter, replaceIdentity } from "./identity.js";

const acme = { name: "Acme Portal", slug: "acme-portal" };

describe("replaceIdentity", () => {
  test.each([
    ['projectName: "Aygentic Starter",', 'projectName: "Acme Portal",'],
    ['"name": "aygentic-starter",', '"name": "acme-portal",'],
    ["STACK_NAME=aygentic-starter-backend", "STACK_NAME=acme-portal-backend"],
    ['test_db="aygentic_ci_test"', 'test_db="acme_portal_ci_test"'],
    ["aygentic_starter_db", "acme_portal_db"],
    ['mkdtemp(join(tmpdir(), "aygentic-env-"))', 'mkdtemp(join(tmpdir(), "acme-portal-env-"))'],
    ["Aygentic is a TypeScript starter", "Acme Portal is a TypeScript starter"],
    ["nothing to see", "nothing to see"],
  ])("%s", (before, after) => {
    expect(replaceIdentity(before, acme)).toBe(after);
    expect(mentionsStarter(replaceIdentity(before, acme))).toBe(false);
  });

  test("takes the name literally, even with replacement patterns in it", () => {
    expect(replaceIdentity("Aygentic Starter", { name: "$& $1", slug: "x" })).toBe("$& $1");
  });

  test("finds the starter whatever the case", () => {
    expect(mentionsStarter("AYGENTIC")).toBe(true);
  });
});
