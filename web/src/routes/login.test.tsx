import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../testing/render-page.js";
import Login from "./login.js";

describe("login form", () => {
  it("shows 'Invalid email address' when the e-mail field loses focus with a bad address", async () => {
    const { user } = renderPage(() => <Login />, "/login");
    await user.type(await screen.findByLabelText("Email"), "not-an-email");
    await user.tab();
    expect(await screen.findByText("Invalid email address")).toBeInTheDocument();
  });

  it("asks for a password when the password field is left empty", async () => {
    const { user } = renderPage(() => <Login />, "/login");
    await user.click(await screen.findByLabelText("Password"));
    await user.tab();
    expect(await screen.findByText("Password is required")).toBeInTheDocument();
  });

  it("rejects a password shorter than 8 characters", async () => {
    const { user } = renderPage(() => <Login />, "/login");
    await user.type(await screen.findByLabelText("Password"), "short");
    await user.tab();
    expect(await screen.findByText("Password must be at least 8 characters")).toBeInTheDocument();
  });

  it("shows every field's message on submit and clears one once the field is fixed", async () => {
    const { user } = renderPage(() => <Login />, "/login");
    await user.click(await screen.findByRole("button", { name: "Log In" }));
    expect(screen.getByText("Invalid email address")).toBeInTheDocument();
    expect(screen.getByText("Password is required")).toBeInTheDocument();
    await user.type(screen.getByTestId("email-input"), "user@example.com");
    expect(screen.queryByText("Invalid email address")).not.toBeInTheDocument();
  });

  it("does not show messages before the user leaves a field", async () => {
    renderPage(() => <Login />, "/login");
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
    expect(screen.queryByText("Invalid email address")).not.toBeInTheDocument();
    expect(document.title).toBe("Log In - Aygentic Starter");
  });

  it("toggles the password's visibility with the Show/Hide password button", async () => {
    const { user } = renderPage(() => <Login />, "/login");
    const input = await screen.findByTestId("password-input");
    expect(input).toHaveAttribute("type", "password");
    await user.click(screen.getByRole("button", { name: "Show password" }));
    expect(input).toHaveAttribute("type", "text");
    expect(screen.getByRole("button", { name: "Hide password" })).toBeInTheDocument();
  });
});
