import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../testing/render-page.js";
import { ItemFormDialog } from "./item-form-dialog.js";

describe("Add Item dialog", () => {
  it("shows 'Title is required' when the title is left empty", async () => {
    const { user } = renderPage(() => <ItemFormDialog open onOpenChange={() => {}} />);
    expect(await screen.findByRole("dialog", { name: "Add Item" })).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Title/));
    await user.tab();
    expect(await screen.findByText("Title is required")).toBeInTheDocument();
  });

  it("blocks saving an empty title", async () => {
    const { user } = renderPage(() => <ItemFormDialog open onOpenChange={() => {}} />);
    await user.click(await screen.findByRole("button", { name: "Save" }));
    expect(screen.getByText("Title is required")).toBeInTheDocument();
    expect(screen.getByText("Fill in the details to add a new item.")).toBeInTheDocument();
  });

  it("accepts a title with no description", async () => {
    const { user } = renderPage(() => <ItemFormDialog open onOpenChange={() => {}} />);
    await user.type(await screen.findByLabelText(/Title/), "Groceries");
    await user.click(screen.getByLabelText("Description"));
    await user.tab();
    expect(screen.queryByText("Title is required")).not.toBeInTheDocument();
  });
});
