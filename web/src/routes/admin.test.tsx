import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, never, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import Admin from "./admin.js";

const me = { id: "u1", email: "admin@example.com", full_name: "Admin", is_active: true, is_superuser: true };

describe("admin page", () => {
  it("draws its header at once and loading rows while it waits for the current user", async () => {
    serveApi({ "GET /api/v1/users/me": never });
    renderPage(() => <Admin />, "/admin");
    expect(await screen.findByRole("heading", { name: "Users" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
  });

  it("lists users for a superuser, with no actions on their own row", async () => {
    const other = { ...me, id: "u2", email: "jane@example.com", full_name: "Jane", is_superuser: false };
    serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/users": () => json(200, { data: [me, other], count: 2 }),
    });
    renderPage(() => <Admin />, "/admin");
    expect(await screen.findByText("jane@example.com")).toBeInTheDocument();
    expect(screen.getByText("You")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Actions" })).toHaveLength(1);
  });

  it("sends a regular user home without asking for the users list", async () => {
    const requests = serveApi({ "GET /api/v1/users/me": () => json(200, { ...me, is_superuser: false }) });
    const { history } = renderPage(() => <Admin />, "/admin");
    await waitFor(() => expect(history.get()).toBe("/"));
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(["/api/v1/users/me"]);
  });

  it("puts the filters in the URL, from page 1, and asks the API for them as booleans", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/users": () => json(200, { data: [me], count: 1 }),
    });
    const { user, history } = renderPage(() => <Admin />, "/admin?page=3&sort=email");
    await screen.findByText("admin@example.com");
    expect(screen.getByRole("columnheader", { name: "Email" })).toHaveAttribute("aria-sort", "descending");
    await user.selectOptions(screen.getByLabelText("Status"), "Inactive");
    expect(history.get()).toBe("/admin?sort=email&active=false");
    await user.selectOptions(screen.getByLabelText("Role"), "Superuser");
    expect(history.get()).toBe("/admin?sort=email&active=false&role=superuser");
    await waitFor(() =>
      expect(Object.fromEntries(new URL(requests.at(-1)?.url ?? "").searchParams)).toMatchObject({
        is_active: "false",
        is_superuser: "true",
        sort: "email",
        skip: "0",
      }),
    );
    await user.selectOptions(screen.getByLabelText("Status"), "All");
    expect(history.get()).toBe("/admin?sort=email&role=superuser");
    await user.click(within(screen.getByRole("columnheader", { name: "Full Name" })).getByRole("button"));
    expect(history.get()).toBe("/admin?sort=full_name&role=superuser&order=asc");
  });
});
