import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../testing/render-page.js";
import { ChangePasswordForm } from "./change-password-form.js";

describe("change-password form", () => {
  it("does not validate on blur", async () => {
    const { user } = renderPage(() => <ChangePasswordForm />);
    await user.click(await screen.findByTestId("current-password-input"));
    await user.tab();
    expect(screen.queryByText("Password is required")).not.toBeInTheDocument();
  });

  it("validates every field on submit", async () => {
    const { user } = renderPage(() => <ChangePasswordForm />);
    await user.type(await screen.findByTestId("current-password-input"), "short");
    await user.click(screen.getByRole("button", { name: "Update Password" }));
    expect(screen.getByText("Password must be at least 8 characters")).toBeInTheDocument();
    expect(screen.getByText("Password is required")).toBeInTheDocument();
    expect(screen.getByText("Password confirmation is required")).toBeInTheDocument();
  });

  it("says the passwords don't match on submit", async () => {
    const { user } = renderPage(() => <ChangePasswordForm />);
    await user.type(await screen.findByTestId("current-password-input"), "changethis");
    await user.type(screen.getByTestId("new-password-input"), "newpassword1");
    await user.type(screen.getByTestId("confirm-password-input"), "newpassword2");
    await user.click(screen.getByRole("button", { name: "Update Password" }));
    expect(screen.getByText("The passwords don't match")).toBeInTheDocument();
  });
});
