import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { JobPublic } from "../lib/types.js";
import { json, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import Jobs from "./jobs.js";

const me = { id: "u1", email: "admin@example.com", full_name: "Admin", is_active: true, is_superuser: true };

const job = (id: string, changes: Partial<JobPublic>): JobPublic => ({
  id,
  queue: "email",
  state: "completed",
  attempts: 1,
  created_at: "2026-11-30T14:03:12.000Z",
  updated_at: "2026-11-30T14:03:13.000Z",
  last_error: null,
  ...changes,
});

const failed = job("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", {
  state: "failed",
  attempts: 10,
  last_error: "Email could not be sent (ECONNREFUSED)",
});
const done = job("7a2e3d4c-5b6f-4071-9b8c-0d1e2f3a4b5c", {});
const counts = [{ queue: "email", queued: 2, active: 0, failed: 1, completed: 5 }];

const bodyRows = () => screen.getAllByRole("row").slice(1);

describe("jobs page", () => {
  it("shows the queue counts, failed jobs first with their error, and a Retry on failed rows only", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/jobs": () => json(200, { data: [failed, done], count: 2 }),
      "GET /api/v1/jobs/counts": () => json(200, counts),
      [`POST /api/v1/jobs/${failed.id}/retry`]: () => json(200, { ...failed, state: "queued" }),
    });
    renderPage(() => <Jobs />, "/admin/jobs");
    expect(await screen.findByRole("heading", { name: "Jobs" })).toBeInTheDocument();
    const queue = await screen.findByTestId("queue-email");
    expect(within(queue).getByText("Failed").nextElementSibling).toHaveTextContent("1");
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    const [first, second] = bodyRows() as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent("Failed");
    expect(first).toHaveTextContent("Email could not be sent (ECONNREFUSED)");
    expect(within(second).queryByRole("button", { name: "Retry" })).toBeNull();
    await userEvent.click(within(first).getByRole("button", { name: "Retry" }));
    await waitFor(() =>
      expect(requests.some((request) => request.method === "POST" && request.url.endsWith("/retry"))).toBe(true),
    );
  });
});
