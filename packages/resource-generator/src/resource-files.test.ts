import { describe, expect, it } from "vitest";
import { applyInsertion } from "./resource-files.js";

const registry = [
  "const migrations = {",
  '  "20261127100000_create_user": createUser,',
  '  "20261130120000_create_audit_event": createAuditEvent,',
  "  // resource-generator: migrations",
  "};",
].join("\n");

const register = (id: string, name: string) =>
  applyInsertion(registry, {
    path: "migrations.ts",
    marker: "// resource-generator: migrations",
    lines: [`"${id}": ${name},`],
    inNameOrder: true,
  }).split("\n");

describe("an insertion in name order", () => {
  it("goes last when its name sorts after every line above the marker", () => {
    expect(register("20261207121220_create_project", "createProject").slice(1, 4)).toEqual([
      '  "20261127100000_create_user": createUser,',
      '  "20261130120000_create_audit_event": createAuditEvent,',
      '  "20261207121220_create_project": createProject,',
    ]);
  });

  it("goes before the first line that sorts after it", () => {
    expect(register("20261128000000_create_note", "createNote").slice(1, 4)).toEqual([
      '  "20261127100000_create_user": createUser,',
      '  "20261128000000_create_note": createNote,',
      '  "20261130120000_create_audit_event": createAuditEvent,',
    ]);
  });
});
