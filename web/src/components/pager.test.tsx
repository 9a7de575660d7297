import { render, screen } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { createSignal } from "solid-js";
import { describe, expect, it } from "vitest";
import { Pager } from "./pager.js";

const renderPager = (count: number, initialPage = 1, initialSize = 10) => {
  const [page, setPage] = createSignal(initialPage);
  const [size, setSize] = createSignal(initialSize);
  render(() => (
    <Pager
      page={page()}
      pageSize={size()}
      count={count}
      onPage={setPage}
      onPageSize={(next) => {
        setSize(next);
        setPage(1);
      }}
    />
  ));
  return { page, size, user: userEvent.setup() };
};

describe("pager", () => {
  it("is hidden when everything fits on one page", () => {
    renderPager(10);
    expect(screen.queryByText(/Showing/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Go to next page" })).not.toBeInTheDocument();
  });

  it("shows the range, the page and the total", () => {
    renderPager(23, 2);
    expect(screen.getByText("Showing 11 to 20 of 23 entries")).toBeInTheDocument();
    expect(screen.getByText("Page 2 of 3")).toBeInTheDocument();
  });

  it("moves between pages and disables buttons at the ends", async () => {
    const { page, user } = renderPager(23);
    expect(screen.getByRole("button", { name: "Go to first page" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Go to previous page" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Go to next page" }));
    expect(page()).toBe(2);
    await user.click(screen.getByRole("button", { name: "Go to last page" }));
    expect(page()).toBe(3);
    expect(screen.getByText("Showing 21 to 23 of 23 entries")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Go to next page" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Go to first page" }));
    expect(page()).toBe(1);
  });

  it("changes the page size with the Rows per page select", async () => {
    const { size, user } = renderPager(23, 3);
    const select = screen.getByLabelText("Rows per page");
    expect(select).toHaveValue("10");
    expect([...select.querySelectorAll("option")].map((option) => option.value)).toEqual(["5", "10", "25", "50"]);
    await user.selectOptions(select, "5");
    expect(size()).toBe(5);
    expect(screen.getByText("Page 1 of 5")).toBeInTheDocument();
  });
});
