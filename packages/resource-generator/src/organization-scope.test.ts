import { describe, expect, it } from "vitest";
import { parseFields } from "./fields.js";
import { resourceNames } from "./naming.js";
import { newResource } from "./new-resource.js";
import { resourceFiles, resourceInsertions } from "./resource-files.js";

const names = resourceNames("TeamNote");
const fields = parseFields(["title:string(120)", "notes:text?", "status:enum(todo,done)"]);
const migrationId = "20261207200000_create_team_note";
const files = new Map(resourceFiles(names, fields, migrationId, "organization").map((file) => [file.path, file.text]));
const fileOf = (path: string): string => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`not generated: ${path}`);
  return text;
};

describe("an organisation-scoped resource", () => {
  it("has the user-scoped files, its own lookup in place of the ownership check", () => {
    const userScoped = resourceFiles(names, fields, migrationId).map((file) => file.path);
    const expected = userScoped.map((path) =>
      path.replace("find-manageable-team-note.ts", "find-team-note-in-organization.ts"),
    );
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it("serves its routes under an organisation, the org_id a path parameter of every operation", () => {
    const controller = fileOf("adapters/http/controllers/team-notes-controller.ts");
    expect(controller).toContain('@Route("api/v1/organizations")');
    for (const route of ['@Get("{org_id}/team-notes/")', '@Post("{org_id}/team-notes/")']) {
      expect(controller).toContain(route);
    }
    for (const verb of ["Get", "Put", "Delete"]) expect(controller).toContain(`@${verb}("{org_id}/team-notes/{id}")`);
    expect(controller.match(/@Path\(\) org_id: UUID/g)).toHaveLength(5);
  });

  it("stores the organisation with a cascading foreign key and indexes the organisation's list", () => {
    const migration = fileOf(`migrations/${migrationId}.ts`);
    expect(migration).toContain(
      'table.uuid("organization_id").notNullable().references("id").inTable("organization").onDelete("CASCADE");',
    );
    expect(migration).toContain(
      'table.index(["organization_id", "created_at"], "ix_team_note_organization_id_created_at");',
    );
    expect(fileOf("adapters/http/team-notes/team-note-shapes.ts")).toContain("organization_id: organizationId");
  });

  it("checks the caller's role with the organisations' own requireRole in every use case", () => {
    for (const useCase of ["create", "get", "update", "delete"]) {
      expect(fileOf(`core/team-notes/${useCase}-team-note.ts`)).toContain(
        'await requireRole(this.organizations, actor, organizationId, "member")',
      );
    }
    expect(fileOf("core/team-notes/list-team-notes.ts")).toContain("requireRole(");
  });

  it("plugs in where a user-scoped one does, but writes no audit event", () => {
    const insertions = resourceInsertions(names, fields, migrationId, "organization");
    const markers = insertions.map((insertion) => `${insertion.path} ${insertion.marker}`);
    const userMarkers = resourceInsertions(names, fields, migrationId).map(
      (insertion) => `${insertion.path} ${insertion.marker}`,
    );
    expect(markers).toEqual(userMarkers.filter((marker) => !marker.includes("resource-generator: audit")));
    expect(markers.length).toBeGreaterThan(15);
    const linesAt = (marker: string) => insertions.find((insertion) => insertion.marker === marker)?.lines;
    expect(linesAt("// resource-generator: use cases")).toEqual([
      "...teamNoteUseCases(adapters.organizations, adapters.teamNotes),",
    ]);
    expect(linesAt("// resource-generator: api calls")).toContain(
      'updateTeamNote: call(fetcher.path("/api/v1/organizations/{org_id}/team-notes/{id}").method("put").create()),',
    );
    expect(linesAt("{/* resource-generator: routes */}")).toEqual([
      '<Route path="/orgs/:orgId/team-notes" component={TeamNotesPage} />',
    ]);
    expect(linesAt("{/* resource-generator: sidebar */}")?.[0]).toMatch(/^<OrganizationNavLink path="team-notes"/);
  });

  it("has the SPA call the API with the organisation of the address", () => {
    const data = fileOf("web/src/data/team-notes.ts");
    expect(data).toContain("org_id: organizationId");
    expect(data.match(/org_id: params\.orgId/g)).toHaveLength(3);
    expect(fileOf("web/src/routes/team-notes.tsx")).toContain("teamNotesQuery(params.orgId)(view)");
    expect(fileOf("web/e2e/team-notes.spec.ts")).toContain(`await page.goto(\`\${listUrl}?sort=title&order=asc\`);`);
  });

  it("leaves the user scope the default", () => {
    expect(resourceFiles(names, fields, migrationId)).toEqual(resourceFiles(names, fields, migrationId, "user"));
    expect(resourceInsertions(names, fields, migrationId)).toEqual(
      resourceInsertions(names, fields, migrationId, "user"),
    );
  });

  it("refuses an unknown scope and a field named organizationId", () => {
    const root = "/nonexistent";
    expect(() => newResource(root, ["TeamNote", "title:string", "--scope", "team"])).toThrow(
      "The scope must be one of user, organization: team",
    );
    expect(() => parseFields(["organizationId:string"])).toThrow("reserved");
  });
});
