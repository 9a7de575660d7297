import { screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { renderPage } from "../testing/render-page.js";
import Signup from "./signup.js";

describe("sign-up form", () => {
  it("requires a full name", async () => {
    const { user } = renderPage(() => <Signup />, "/signup");
    await user.click(await screen.findByTestId("full-name-input"));
    await user.tab();
    expect(await screen.findByText("Full Name is required")).toBeInTheDocument();
  });

  it("rejects an invalid e-mail address on blur", async () => {
    const { user } = renderPage(() => <Signup />, "/signup");
    await user.type(await screen.findByTestId("email-input"), "user@");
    await user.tab();
    expect(await screen.findByText("Invalid email address")).toBeInTheDocument();
  });

  it("asks for the password confirmation when it is left empty", async () => {
    const { user } = renderPage(() => <Signup />, "/signup");
    await user.click(await screen.findByTestId("confirm-password-input"));
    await user.tab();
    expect(await screen.findByText("Password confirmation is required")).toBeInTheDocument();
  });

  it("says the passwords don't match under the confirmation field", async () => {
    const { user } = renderPage(() => <Signup />, "/signup");
    await user.type(await screen.findByTestId("password-input"), "changethis");
    await user.type(screen.getByTestId("confirm-password-input"), "changethat");
    await user.tab();
    const message = await screen.findByText("The passwords don't match");
    expect(message.id).toBe("confirm_password-error");
    expect(screen.getByTestId("confirm-password-input")).toHaveAttribute("aria-invalid", "true");
  });

  it("lists every problem when an empty form is submitted", async () => {
    const { user } = renderPage(() => <Signup />, "/signup");
    await user.click(await screen.findByRole("button", { name: "Sign Up" }));
    for (const text of [
      "Full Name is required",
      "Invalid email address",
      "Password is required",
      "Password confirmation is required",
    ]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    expect(document.title).toBe("Sign Up - Aygentic Starter");
  });
});
