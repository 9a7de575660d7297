import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../testing/render-page.js";
import { UserFormDialog } from "./user-form-dialog.js";

const existing = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  email: "jane@example.com",
  full_name: "Jane",
  is_active: true,
  is_superuser: false,
  created_at: null,
};

describe("Add User dialog", () => {
  it("validates e-mail, password and confirmation on submit", async () => {
    const { user } = renderPage(() => <UserFormDialog open onOpenChange={() => {}} />);
    await user.click(await screen.findByRole("button", { name: "Save" }));
    expect(screen.getByText("Invalid email address")).toBeInTheDocument();
    expect(screen.getByText("Password is required")).toBeInTheDocument();
    expect(screen.getByText("Please confirm your password")).toBeInTheDocument();
  });

  it("rejects a short password and mismatched confirmation", async () => {
    const { user } = renderPage(() => <UserFormDialog open onOpenChange={() => {}} />);
    await user.type(await screen.findByLabelText(/Set Password/), "short");
    await user.type(screen.getByLabelText(/Confirm Password/), "different");
    await user.tab();
    expect(screen.getByText("Password must be at least 8 characters")).toBeInTheDocument();
    expect(screen.getByText("The passwords don't match")).toBeInTheDocument();
  });

  it("leaves both checkboxes unticked by default", async () => {
    renderPage(() => <UserFormDialog open onOpenChange={() => {}} />);
    expect(await screen.findByLabelText("Is superuser?")).not.toBeChecked();
    expect(screen.getByLabelText("Is active?")).not.toBeChecked();
  });
});

describe("Edit User dialog", () => {
  it("accepts a blank password and prefills the user", async () => {
    const { user } = renderPage(() => <UserFormDialog open onOpenChange={() => {}} user={existing} />);
    expect(await screen.findByRole("dialog", { name: "Edit User" })).toBeInTheDocument();
    expect(screen.getByLabelText(/Email/)).toHaveValue("jane@example.com");
    expect(screen.getByLabelText("Is active?")).toBeChecked();
    await user.click(screen.getByLabelText("Set Password"));
    await user.tab();
    expect(screen.queryByText("Password is required")).not.toBeInTheDocument();
  });
});
