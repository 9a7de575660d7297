import { screen, waitFor } from "@solidjs/testing-library";
import { beforeEach, describe, expect, it } from "vitest";
import { recheckSession } from "../data/browser-session.js";
import { json, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import AcceptInvitation from "./accept-invitation.js";

const preview = {
  organization_name: "Acme",
  inviter_email: "olga@example.com",
  role: "admin",
  email_masked: "j***@example.com",
  expires_at: "2026-12-14T10:00:00.000Z",
};
const me = { id: "u1", email: "joe@example.com", full_name: null, is_active: true, is_superuser: false };

describe("the invitation page", () => {
  beforeEach(() => {
    sessionStorage.clear();
    recheckSession();
  });

  it("shows a signed-out visitor what is offered, and the way through log-in back here", async () => {
    serveApi({
      "GET /api/v1/session": () => json(200, { user: null }),
      "POST /api/v1/invitations/preview": () => json(200, preview),
    });
    const { user } = renderPage(() => <AcceptInvitation />, "/invitations/accept?token=abc");
    expect(await screen.findByTestId("invitation-summary")).toHaveTextContent(
      "olga@example.com invited you to join Acme as Admin.",
    );
    expect(screen.getByText("The invitation is for j***@example.com.")).toBeInTheDocument();
    expect(screen.queryByTestId("accept-invitation")).toBeNull();
    await user.click(screen.getByRole("link", { name: "Log In" }));
    expect(sessionStorage.getItem("return-path")).toBe("/invitations/accept?token=abc");
  });

  it("lets a signed-in user accept with a click (a POST, never on load)", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "POST /api/v1/invitations/preview": () => json(200, preview),
      "POST /api/v1/invitations/accept": () =>
        json(200, { user_id: "u1", organization_id: "o1", email: me.email, full_name: null, role: "admin" }),
    });
    const { user, history } = renderPage(() => <AcceptInvitation />, "/invitations/accept?token=abc");
    const accept = await screen.findByTestId("accept-invitation");
    expect(requests.some((request) => request.url.endsWith("/invitations/accept"))).toBe(false);
    await user.click(accept);
    await waitFor(() => expect(history.get()).toBe("/orgs/o1/settings"));
  });

  it("says so when the link is no pending invitation", async () => {
    serveApi({
      "GET /api/v1/session": () => json(200, { user: null }),
      "POST /api/v1/invitations/preview": () => json(400, { detail: "Invalid invitation" }),
    });
    renderPage(() => <AcceptInvitation />, "/invitations/accept?token=spent");
    expect(await screen.findByTestId("invitation-invalid")).toHaveTextContent(
      "This invitation is invalid or has expired.",
    );
  });
});
