import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../../../core/audit/audit-event.js";

const document = JSON.parse(readFileSync(new URL("../generated/swagger.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};

// tsoa needs the actions as a literal union, which cannot be derived from the core's list: this keeps them equal.
describe("the OpenAPI document's audit actions", () => {
  it("are the core's actions, all of them and no other", () => {
    expect([...(document.components.schemas.AuditActionName?.enum ?? [])].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
