import { render, screen } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { HttpError } from "../../lib/http-error.js";
import { showError, showSuccess } from "../../lib/toast.js";
import { Toaster } from "./toaster.js";

describe("toaster", () => {
  it("shows an error toast with the API's detail and closes it with its button", async () => {
    render(() => <Toaster />);
    showError(new HttpError(400, { detail: "Incorrect email or password" }));
    const toast = await screen.findByRole("alert");
    expect(toast).toHaveTextContent("Something went wrong!");
    expect(toast).toHaveTextContent("Incorrect email or password");
    await userEvent.setup().click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("titles success toasts 'Success!'", async () => {
    render(() => <Toaster />);
    showSuccess("Item created successfully");
    const toast = await screen.findByRole("status");
    expect(toast).toHaveTextContent("Success!");
    expect(toast).toHaveTextContent("Item created successfully");
  });
});
