import { screen, waitFor } from "@solidjs/testing-library";
import { beforeEach, describe, expect, it } from "vitest";
import { recheckSession } from "../../data/browser-session.js";
import { toasts } from "../../lib/toast.js";
import Dashboard from "../../routes/dashboard.js";
import { json, serveApi } from "../../testing/fake-api.js";
import { renderApp } from "../../testing/render-page.js";

const me = { id: "u1", email: "jane@example.com", full_name: "Jane", is_active: true, is_superuser: false };
const secondFactorRequired = () =>
  json(401, { detail: "Second factor required", mfa_token: "token-1", methods: ["totp", "recovery_code"] });

beforeEach(() => recheckSession());

/** A cookie log-in whose password step asks for a second factor; the second step signs in. */
function serveTwoStepLogIn() {
  let cookie = false;
  const requests = serveApi({
    "GET /api/v1/users/me": () => (cookie ? json(200, me) : json(401, { detail: "Not authenticated" })),
    "POST /api/v1/login/session": secondFactorRequired,
    "POST /api/v1/login/mfa": async (request) => {
      const body = await request.clone().json();
      if (body.code !== "123456" && body.recovery_code !== "abcd-efgh-jkmn-pqrs") {
        return json(400, { detail: "Invalid code" });
      }
      cookie = true;
      return json(200, me);
    },
  });
  return requests;
}

async function passwordStep() {
  const rendered = renderApp("/login", { "/": Dashboard });
  await rendered.user.type(await screen.findByTestId("email-input"), "jane@example.com");
  await rendered.user.type(screen.getByTestId("password-input"), "changethis");
  await rendered.user.click(screen.getByRole("button", { name: "Log In" }));
  return rendered;
}

describe("the login's second step", () => {
  it("asks for the code after the password, then signs in with the cookie", async () => {
    const requests = serveTwoStepLogIn();
    const { user, history } = await passwordStep();
    expect(await screen.findByRole("heading", { name: "Two-factor authentication" })).toBeInTheDocument();
    await user.type(screen.getByTestId("totp-input"), "123456");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(history.get()).toBe("/");
    const step = requests.find((request) => request.url.endsWith("/login/mfa"));
    expect(step?.credentials).toBe("include");
    expect(await step?.json()).toEqual({ mfa_token: "token-1", code: "123456" });
  });

  it("takes a recovery code instead, and says so when a code is wrong", async () => {
    serveTwoStepLogIn();
    const { user } = await passwordStep();
    await user.type(await screen.findByTestId("totp-input"), "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    await waitFor(() => expect(toasts().at(-1)).toMatchObject({ kind: "error", description: "Invalid code" }));
    expect(screen.getByTestId("totp-input")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Use a recovery code" }));
    await user.type(screen.getByTestId("recovery-code-input"), "abcd-efgh-jkmn-pqrs");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
  });

  it("goes back to the password form", async () => {
    serveTwoStepLogIn();
    const { user } = await passwordStep();
    await user.click(await screen.findByRole("button", { name: "Back to the password" }));
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
  });
});
