import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, serveApi } from "../testing/fake-api.js";
import { renderRoute } from "../testing/render-page.js";
import OrganizationSettings from "./organization-settings.js";

const orgId = "5f0c2b1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c";
const me = { id: "u-me", email: "me@example.com", full_name: null, is_active: true, is_superuser: false };
const organization = (role: string) => ({
  id: orgId,
  name: "Acme Rockets",
  slug: "acme-rockets",
  role,
  created_at: "2026-12-01T10:00:00.000Z",
});
const members = (role: string) => ({
  data: [
    {
      user_id: "u-me",
      organization_id: orgId,
      email: me.email,
      full_name: null,
      role,
      created_at: "2026-12-01T10:00:00.000Z",
    },
  ],
  count: 1,
});
const pending = {
  data: [
    {
      id: "i-1",
      organization_id: orgId,
      email: "joe@example.com",
      role: "member",
      invited_by: "u-me",
      created_at: "2026-12-01T10:00:00.000Z",
      expires_at: "2026-12-08T10:00:00.000Z",
    },
  ],
  count: 1,
};

const open = (role: string, tab = "") => {
  const requests = serveApi({
    "GET /api/v1/users/me": () => json(200, me),
    [`GET /api/v1/organizations/${orgId}`]: () => json(200, organization(role)),
    [`GET /api/v1/organizations/${orgId}/members`]: () => json(200, members(role)),
    [`GET /api/v1/organizations/${orgId}/invitations`]: () => json(200, pending),
    [`DELETE /api/v1/organizations/${orgId}/invitations/i-1`]: () => json(200, { message: "Invitation revoked" }),
  });
  const rendered = renderRoute("/orgs/:orgId/settings", OrganizationSettings, `/orgs/${orgId}/settings${tab}`);
  return { ...rendered, requests };
};

describe("organization settings", () => {
  it("shows a member General and Members only, the name read-only, and no way to delete", async () => {
    const { user } = open("member", "?tab=invitations");
    expect(await screen.findByRole("tab", { name: "General", selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["General", "Members"]);
    expect(screen.getByTestId("organization-name")).toHaveTextContent("Acme Rockets");
    expect(screen.getByText("Only an owner can rename or delete this organization.")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Name" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete organization" })).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Members" }));
    expect(await screen.findByTestId("member-row")).toHaveTextContent(me.email);
    expect(screen.getByRole("button", { name: "Leave" })).toBeInTheDocument();
  });

  it("gives an owner the rename form, the danger zone and the Invitations tab with Revoke", async () => {
    const { user, history, requests } = open("owner");
    expect(await screen.findByRole("textbox", { name: "Name" })).toHaveValue("Acme Rockets");
    expect(screen.getByRole("button", { name: "Delete organization" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["General", "Members", "Invitations"]);

    await user.click(screen.getByRole("tab", { name: "Invitations" }));
    await waitFor(() => expect(history.get()).toBe(`/orgs/${orgId}/settings?tab=invitations`));
    await user.click(await screen.findByRole("button", { name: "Revoke the invitation of joe@example.com" }));
    await waitFor(() => expect(requests.some((request) => request.method === "DELETE")).toBe(true));
  });
});
