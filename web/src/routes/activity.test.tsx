import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { AuditEventPublic } from "../lib/types.js";
import { json, never, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import Activity from "./activity.js";

const me = { id: "u1", email: "admin@example.com", full_name: "Admin", is_active: true, is_superuser: true };
const janeId = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

const event = (id: string, changes: Partial<AuditEventPublic>): AuditEventPublic => ({
  id,
  occurred_at: "2026-11-30T14:03:12.000Z",
  actor_id: me.id,
  actor_email: me.email,
  action: "auth.login",
  target_type: "user",
  target_id: me.id,
  outcome: "success",
  ip_address: "203.0.113.7",
  user_agent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  details: {},
  organization_id: null,
  ...changes,
});

const login = event("e1", {});
const promotion = event("e2", {
  action: "user.updated",
  target_id: janeId,
  details: { fields: ["is_superuser"], is_superuser: { old: false, new: true } },
});
const failedLogin = event("e3", {
  actor_id: null,
  actor_email: "jane@example.com",
  target_type: null,
  target_id: null,
  outcome: "failure",
  user_agent: null,
});

const paramsOf = (request: Request | undefined) => Object.fromEntries(new URL(request?.url ?? "").searchParams);
const bodyRows = () => screen.getAllByRole("row").slice(1);
const loaded = () => waitFor(() => expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "false"));

describe("activity page", () => {
  it("draws its header at once and loading rows while it waits for the current user", async () => {
    serveApi({ "GET /api/v1/users/me": never });
    renderPage(() => <Activity />, "/admin/activity");
    expect(await screen.findByRole("heading", { name: "Activity" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
  });

  it("lists the events with time, actor, action, target, outcome and IP", async () => {
    serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [promotion, failedLogin, login], count: 3 }),
    });
    renderPage(() => <Activity />, "/admin/activity");
    await loaded();
    const [first, second] = bodyRows();
    expect(first).toHaveTextContent("admin@example.com");
    expect(first).toHaveTextContent(`user${janeId.slice(0, 8)}`);
    expect(first).toHaveTextContent("Success");
    expect(first).toHaveTextContent("203.0.113.7");
    expect(within(first as HTMLElement).getByText(/2026/)).toHaveAttribute("datetime", promotion.occurred_at);
    expect(second).toHaveTextContent("jane@example.com");
    expect(second).toHaveTextContent("auth.login");
    expect(second).toHaveTextContent("Failure");
    for (const column of ["Time", "Actor", "Action", "Target", "Outcome", "IP"]) {
      expect(screen.getByRole("columnheader", { name: column })).toBeInTheDocument();
    }
  });

  it("sends a regular user home without asking for the audit log", async () => {
    const requests = serveApi({ "GET /api/v1/users/me": () => json(200, { ...me, is_superuser: false }) });
    const { history } = renderPage(() => <Activity />, "/admin/activity");
    await waitFor(() => expect(history.get()).toBe("/"));
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/users/me"]);
  });

  it("puts the filters in the URL, from page 1, and asks the API and the export for them", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [login], count: 1 }),
    });
    const { user, history } = renderPage(() => <Activity />, "/admin/activity?page=2&size=25");
    await loaded();
    await user.selectOptions(screen.getByLabelText("Action"), "auth.login");
    expect(history.get()).toBe("/admin/activity?size=25&action=auth.login");
    await user.selectOptions(screen.getByLabelText("Outcome"), "Failure");
    expect(history.get()).toBe("/admin/activity?size=25&action=auth.login&outcome=failure");
    await user.type(screen.getByLabelText("Search by actor e-mail"), "jane{Enter}");
    await waitFor(() =>
      expect(paramsOf(requests.at(-1))).toEqual({
        action: "auth.login",
        outcome: "failure",
        q: "jane",
        skip: "0",
        limit: "25",
      }),
    );
    const exportLink = screen.getByRole("link", { name: "Export CSV" });
    expect(exportLink).toHaveAttribute("download");
    const exported = new URL(exportLink.getAttribute("href") ?? "", "http://localhost");
    expect(exported.pathname).toBe("/api/v1/audit-events/export");
    expect(Object.fromEntries(exported.searchParams)).toEqual({ action: "auth.login", outcome: "failure", q: "jane" });

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(history.get()).toBe("/admin/activity?size=25");
    expect(screen.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", "/api/v1/audit-events/export");
  });

  it("sends a range of days as whole local days", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [], count: 0 }),
    });
    renderPage(() => <Activity />, "/admin/activity?since=2026-11-01&until=2026-11-30");
    expect(await screen.findByText("No events match these filters.")).toBeInTheDocument();
    expect(screen.getByLabelText("From")).toHaveValue("2026-11-01");
    expect(screen.getByLabelText("To")).toHaveValue("2026-11-30");
    const { since, until } = paramsOf(requests.at(-1));
    expect(new Date(since ?? "").getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(until ?? "").getTime()).toBe(new Date(2026, 10, 30, 23, 59, 59, 999).getTime());
  });

  it("says so when nothing has been recorded", async () => {
    serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [], count: 0 }),
    });
    renderPage(() => <Activity />, "/admin/activity");
    expect(await screen.findByText("No activity recorded yet.")).toBeInTheDocument();
  });

  it("shows one event's every field and its details in a drawer, and narrows the list to its target", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [promotion], count: 1 }),
    });
    const { user, history } = renderPage(() => <Activity />, "/admin/activity");
    await loaded();
    await user.click(screen.getByRole("button", { name: "View details" }));
    const drawer = await screen.findByRole("dialog", { name: "Event details" });
    const details = within(drawer).getByTestId("event-details");
    for (const text of [promotion.id, promotion.occurred_at, me.id, janeId, "203.0.113.7", "Chrome 131 on Linux"]) {
      expect(details).toHaveTextContent(text);
    }
    const shownJson = within(drawer).getByTestId("details-json");
    expect(JSON.parse(shownJson.textContent ?? "")).toEqual(promotion.details);
    expect(shownJson.textContent).toContain('\n  "fields": [');

    await user.click(within(drawer).getByRole("button", { name: "Show this target's events" }));
    expect(history.get()).toBe(`/admin/activity?target=${janeId}`);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(paramsOf(requests.at(-1))).toMatchObject({ target_id: janeId }));
    expect(screen.getByText(janeId)).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Remove the target filter" }));
    expect(history.get()).toBe("/admin/activity");
  });

  it("says when an event has no actor, target, user agent or details", async () => {
    serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/audit-events": () => json(200, { data: [{ ...failedLogin, ip_address: null }], count: 1 }),
    });
    const { user } = renderPage(() => <Activity />, "/admin/activity");
    await loaded();
    await user.click(screen.getByRole("button", { name: "View details" }));
    const drawer = await screen.findByRole("dialog", { name: "Event details" });
    expect(within(drawer).getAllByText("None")).toHaveLength(6);
    expect(within(drawer).queryByRole("button", { name: /Show this/ })).not.toBeInTheDocument();
  });
});
