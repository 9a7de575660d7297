import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, serveApi } from "../../testing/fake-api.js";
import { renderPage } from "../../testing/render-page.js";
import { MembersSection } from "./members-section.js";

const orgId = "0b7c1f0e-7d2a-4f6b-9c1e-3a5d7f9b1c2d";
const me = { id: "u-admin", email: "admin@example.com", full_name: null, is_active: true, is_superuser: false };
const member = (user_id: string, email: string, role: string) => ({
  user_id,
  organization_id: orgId,
  email,
  full_name: null,
  role,
  created_at: "2026-12-01T10:00:00.000Z",
});
const members = [
  member("u-owner", "owner@example.com", "owner"),
  member("u-admin", "admin@example.com", "admin"),
  member("u-joe", "joe@example.com", "member"),
];

describe("the members of an organisation, as an admin sees them", () => {
  it("offers a role select and Remove for members, Leave on the admin's own row, nothing on the owner", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      [`GET /api/v1/organizations/${orgId}/members`]: () => json(200, { data: members, count: 3 }),
      [`PATCH /api/v1/organizations/${orgId}/members/u-joe`]: () => json(200, { ...members[2], role: "admin" }),
      [`DELETE /api/v1/organizations/${orgId}/members/u-joe`]: () => json(200, { message: "Member removed" }),
    });
    const { user } = renderPage(() => <MembersSection organizationId={orgId} myRole="admin" />);
    const roleOfJoe = await screen.findByRole("combobox", { name: "Role of joe@example.com" });
    expect(screen.queryByRole("combobox", { name: "Role of owner@example.com" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove owner@example.com" })).toBeNull();
    expect(screen.getByRole("button", { name: "Leave" })).toBeInTheDocument();
    expect([...roleOfJoe.querySelectorAll("option")].map((option) => option.value)).toEqual(["member", "admin"]);

    await user.selectOptions(roleOfJoe, "admin");
    await waitFor(() => expect(requests.some((request) => request.method === "PATCH")).toBe(true));
    const patch = requests.find((request) => request.method === "PATCH");
    expect(await patch?.json()).toEqual({ role: "admin" });

    await user.click(screen.getByRole("button", { name: "Remove joe@example.com" }));
    await user.click(await screen.findByRole("button", { name: "Remove" }));
    await waitFor(() => expect(requests.some((request) => request.method === "DELETE")).toBe(true));
  });

  it("goes home after leaving, without reading the left organisation again (it would answer 404)", async () => {
    const joe = { ...me, id: "u-joe", email: "joe@example.com" };
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, joe),
      [`GET /api/v1/organizations/${orgId}/members`]: () => json(200, { data: members, count: 3 }),
      [`DELETE /api/v1/organizations/${orgId}/members/u-joe`]: () => json(200, { message: "Member removed" }),
      "GET /api/v1/organizations": () => json(200, { data: [], count: 0 }),
    });
    const { user, history } = renderPage(
      () => <MembersSection organizationId={orgId} myRole="member" />,
      `/orgs/${orgId}/settings`,
    );
    const leave = await screen.findByRole("button", { name: "Leave" });
    expect(screen.queryByRole("combobox")).toBeNull();
    await user.click(leave);
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Leave" }));
    await waitFor(() => expect(history.get()).toBe("/"));
    const reads = requests.filter(
      (request) => request.method === "GET" && new URL(request.url).pathname.endsWith("/members"),
    );
    expect(reads).toHaveLength(1);
  });
});
