import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../testing/render-page.js";
import ResetPassword from "./reset-password.js";

describe("reset-password form", () => {
  it("rejects a new password shorter than 8 characters", async () => {
    const { user } = renderPage(() => <ResetPassword />, "/reset-password?token=abc");
    await user.type(await screen.findByTestId("new-password-input"), "1234567");
    await user.tab();
    expect(await screen.findByText("Password must be at least 8 characters")).toBeInTheDocument();
  });

  it("requires both fields when submitted empty", async () => {
    const { user } = renderPage(() => <ResetPassword />, "/reset-password?token=abc");
    await user.click(await screen.findByRole("button", { name: "Reset Password" }));
    expect(screen.getByText("Password is required")).toBeInTheDocument();
    expect(screen.getByText("Password confirmation is required")).toBeInTheDocument();
  });

  it("says the passwords don't match", async () => {
    const { user } = renderPage(() => <ResetPassword />, "/reset-password?token=abc");
    await user.type(await screen.findByTestId("new-password-input"), "newpassword1");
    await user.type(screen.getByTestId("confirm-password-input"), "newpassword2");
    await user.tab();
    expect(await screen.findByText("The passwords don't match")).toBeInTheDocument();
  });

  it("drops the token from the address once read, keeping the form", async () => {
    const { history } = renderPage(() => <ResetPassword />, "/reset-password?token=abc");
    await waitFor(() => expect(history.get()).toBe("/reset-password"));
    expect(screen.getByTestId("new-password-input")).toBeInTheDocument();
  });

  it("goes to the login page when the link has no token", async () => {
    const { history } = renderPage(() => <ResetPassword />, "/reset-password");
    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(screen.queryByTestId("new-password-input")).not.toBeInTheDocument();
  });
});
