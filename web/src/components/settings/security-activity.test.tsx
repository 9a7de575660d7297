import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { AuditEventPublic } from "../../lib/types.js";
import { json, never, serveApi } from "../../testing/fake-api.js";
import { renderPage } from "../../testing/render-page.js";
import { SecurityActivity } from "./security-activity.js";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const firefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

const event = (id: string, changes: Partial<AuditEventPublic>): AuditEventPublic => ({
  id,
  occurred_at: minutesAgo(0),
  actor_id: "u1",
  actor_email: "jane@example.com",
  action: "auth.login",
  target_type: "user",
  target_id: "u1",
  outcome: "success",
  ip_address: "203.0.113.7",
  user_agent: firefoxOnWindows,
  details: {},
  organization_id: null,
  ...changes,
});

describe("recent security activity", () => {
  it("lists the user's own events in words, with device, IP and when", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me/audit-events": () =>
        json(200, {
          data: [
            event("e1", {}),
            event("e2", { action: "auth.password_changed", occurred_at: minutesAgo(5) }),
            event("e3", { outcome: "failure", user_agent: null, ip_address: null, occurred_at: minutesAgo(120) }),
            event("e4", { action: "auth.something_new" }),
          ],
          count: 4,
        }),
    });
    renderPage(() => <SecurityActivity />);
    const [login, password, failed, unknown] = await screen.findAllByTestId("security-event");
    expect(login).toHaveTextContent("Logged in");
    expect(login).toHaveTextContent("Firefox 133 on Windows 10");
    expect(login).toHaveTextContent("203.0.113.7");
    expect(login).toHaveTextContent("just now");
    expect(password).toHaveTextContent("Password changed");
    expect(password).toHaveTextContent("5 minutes ago");
    expect(failed).toHaveTextContent("Failed login attempt");
    expect(failed).toHaveTextContent("Unknown on Unknown");
    expect(failed).toHaveTextContent("Unknown IP");
    expect(failed).toHaveTextContent("2 hours ago");
    expect(unknown).toHaveTextContent("auth.something_new");
    expect(Object.fromEntries(new URL(requests[0]?.url ?? "").searchParams)).toEqual({ skip: "0", limit: "10" });
  });

  it("says so when there is nothing yet", async () => {
    serveApi({ "GET /api/v1/users/me/audit-events": () => json(200, { data: [], count: 0 }) });
    renderPage(() => <SecurityActivity />);
    expect(await screen.findByText("No security activity yet.")).toBeInTheDocument();
  });

  it("shows its heading at once and placeholders while it loads", async () => {
    serveApi({ "GET /api/v1/users/me/audit-events": never });
    renderPage(() => <SecurityActivity />);
    const section = await screen.findByRole("region", { name: "Recent security activity" });
    expect(section).toHaveAttribute("aria-busy", "true");
    expect(screen.queryAllByTestId("security-event")).toHaveLength(0);
  });
});
