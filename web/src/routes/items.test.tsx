import { screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, never, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import Items from "./items.js";

const item = (n: number) => ({
  id: `id-${n}`,
  title: `Item ${n}`,
  description: null,
  owner_id: "u1",
  created_at: null,
});

describe("items page", () => {
  it("draws its header at once and loading rows in the table while the items load", async () => {
    serveApi({ "GET /api/v1/items": never });
    renderPage(() => <Items />, "/items");
    expect(await screen.findByRole("heading", { name: "Items" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add Item" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByText("You don't have any items yet")).not.toBeInTheDocument();
  });

  it("shows the empty state once the API says there are no items", async () => {
    serveApi({ "GET /api/v1/items": () => json(200, { data: [], count: 0 }) });
    renderPage(() => <Items />, "/items");
    expect(await screen.findByText("You don't have any items yet")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("asks for the page the pager shows (page and size become skip and limit)", async () => {
    const requests = serveApi({
      "GET /api/v1/items": (request) => {
        const skip = Number(new URL(request.url).searchParams.get("skip"));
        return json(200, { data: [item(skip + 1)], count: 12 });
      },
    });
    const { user } = renderPage(() => <Items />, "/items");
    expect(await screen.findByText("Item 1")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to next page" }));
    expect(await screen.findByText("Item 11")).toBeInTheDocument();
    const last = new URL(requests.at(-1)?.url ?? "").searchParams;
    expect([last.get("skip"), last.get("limit")]).toEqual(["10", "10"]);
    expect(within(screen.getByRole("navigation", { name: "Pagination" })).getByText("Page 2 of 2")).toBeVisible();
  });
});
