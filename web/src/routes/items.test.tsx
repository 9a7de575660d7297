import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, never, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import Items from "./items.js";

const lastQuery = (requests: Request[]) => Object.fromEntries(new URL(requests.at(-1)?.url ?? "").searchParams);

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

  it("asks the API for the view in the URL and marks the sorted column", async () => {
    const requests = serveApi({ "GET /api/v1/items": () => json(200, { data: [item(6)], count: 6 }) });
    renderPage(() => <Items />, "/items?q=milk&sort=title&order=asc&page=2&size=5");
    expect(await screen.findByText("Item 6")).toBeInTheDocument();
    expect(lastQuery(requests)).toEqual({ q: "milk", sort: "title", order: "asc", skip: "5", limit: "5" });
    expect(screen.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByLabelText("Search items")).toHaveValue("milk");
  });

  it("searches once typing pauses, from page 1, and keeps the search in the URL", async () => {
    const requests = serveApi({ "GET /api/v1/items": () => json(200, { data: [item(1)], count: 30 }) });
    const { user, history } = renderPage(() => <Items />, "/items?page=2");
    await screen.findByText("Item 1");
    await user.type(screen.getByTestId("search-input"), "milk");
    await waitFor(() => expect(history.get()).toBe("/items?q=milk"));
    await waitFor(() => expect(lastQuery(requests)).toMatchObject({ q: "milk", skip: "0" }));
    expect(requests.filter((request) => request.url.includes("q=m")).length).toBe(1);
  });

  it("sorts by title when its header is clicked, and flips the order on the next click", async () => {
    serveApi({ "GET /api/v1/items": () => json(200, { data: [item(1)], count: 1 }) });
    const { user, history } = renderPage(() => <Items />, "/items");
    const title = await screen.findByRole("columnheader", { name: "Title" });
    expect(title).toHaveAttribute("aria-sort", "none");
    expect(screen.getByRole("columnheader", { name: "Description" })).not.toHaveAttribute("aria-sort");
    await user.click(within(title).getByRole("button"));
    expect(history.get()).toBe("/items?sort=title&order=asc");
    await waitFor(() => expect(title).toHaveAttribute("aria-sort", "ascending"));
    await user.click(within(title).getByRole("button"));
    expect(history.get()).toBe("/items?sort=title");
    await waitFor(() => expect(title).toHaveAttribute("aria-sort", "descending"));
  });

  it("says a search found nothing, apart from the empty state, and clears it", async () => {
    serveApi({
      "GET /api/v1/items": (request) =>
        new URL(request.url).searchParams.has("q")
          ? json(200, { data: [], count: 0 })
          : json(200, { data: [item(1)], count: 1 }),
    });
    const { user, history } = renderPage(() => <Items />, "/items?q=zzz");
    expect(await screen.findByText('No results for "zzz"')).toBeInTheDocument();
    expect(screen.queryByText("You don't have any items yet")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear search" }));
    expect(history.get()).toBe("/items");
    expect(await screen.findByText("Item 1")).toBeInTheDocument();
    expect(screen.getByTestId("search-input")).toHaveValue("");
  });

  it("reads values the API would refuse as the defaults", async () => {
    const requests = serveApi({ "GET /api/v1/items": () => json(200, { data: [item(1)], count: 1 }) });
    renderPage(() => <Items />, "/items?sort=owner&order=up&page=x&size=1000&q=");
    await screen.findByText("Item 1");
    expect(lastQuery(requests)).toEqual({ sort: "created_at", order: "desc", skip: "0", limit: "10" });
  });
});
