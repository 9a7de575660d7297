import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import RevertEmail from "./revert-email.js";

describe("revert-email page", () => {
  it("drops the token from the address at once and posts it only on a click", async () => {
    const requests = serveApi({
      "POST /api/v1/revert-email": () =>
        json(200, { message: "Email address restored; reset your password to sign in" }),
    });
    const { user, history } = renderPage(() => <RevertEmail />, "/revert-email?token=the-token");
    const button = await screen.findByRole("button", { name: "Restore my email address" });
    await waitFor(() => expect(history.get()).toBe("/revert-email"));
    expect(requests).toEqual([]);
    await user.click(button);
    expect(await screen.findByTestId("revert-email-done")).toHaveTextContent(
      "Email address restored; reset your password to sign in",
    );
    expect(await requests[0]?.json()).toEqual({ token: "the-token" });
  });

  it("goes to the login page when the link has no token", async () => {
    const { history } = renderPage(() => <RevertEmail />, "/revert-email");
    await waitFor(() => expect(history.get()).toBe("/login"));
  });
});
