import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import VerifyEmail from "./verify-email.js";

describe("verify-email page", () => {
  it("drops the token from the address at once, posts it only on a click, and says the address is verified", async () => {
    const requests = serveApi({ "POST /api/v1/verify-email": () => json(200, { message: "Email verified" }) });
    const { user, history } = renderPage(() => <VerifyEmail />, "/verify-email?token=the-token");
    const button = await screen.findByRole("button", { name: "Verify my email address" });
    await waitFor(() => expect(history.get()).toBe("/verify-email"));
    expect(requests).toEqual([]);
    await user.click(button);
    expect(await screen.findByTestId("verify-email-done")).toHaveTextContent("Your email address is verified.");
    expect(await requests[0]?.json()).toEqual({ token: "the-token" });
  });

  it("says so when the link is invalid, used or expired", async () => {
    serveApi({ "POST /api/v1/verify-email": () => json(400, { detail: "Invalid token" }) });
    const { user } = renderPage(() => <VerifyEmail />, "/verify-email?token=spent");
    await user.click(await screen.findByRole("button", { name: "Verify my email address" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This link is invalid, expired or already used.");
  });

  it("goes to the login page when the link has no token", async () => {
    const { history } = renderPage(() => <VerifyEmail />, "/verify-email");
    await waitFor(() => expect(history.get()).toBe("/login"));
  });
});
