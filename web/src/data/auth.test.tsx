import { screen, waitFor } from "@solidjs/testing-library";
import { beforeEach, describe, expect, it } from "vitest";
import Dashboard from "../routes/dashboard.js";
import { json, serveApi } from "../testing/fake-api.js";
import { renderApp } from "../testing/render-page.js";
import { logOut } from "./auth.js";
import { queryKeys } from "./query-keys.js";
import { endSession, isLoggedIn } from "./session.js";

const me = { id: "u1", email: "jane@example.com", full_name: "Jane", is_active: true, is_superuser: false };

/** A session started elsewhere (another tab): the session module follows storage's own event. */
const loggedIn = () => {
  localStorage.setItem("access_token", "token-1");
  window.dispatchEvent(new StorageEvent("storage", { key: "access_token" }));
};

beforeEach(() => endSession());

describe("session", () => {
  it("logs in through the form, keeps the token and goes home", async () => {
    const requests = serveApi({
      "POST /api/v1/login/access-token": () => json(200, { access_token: "token-1", token_type: "bearer" }),
      "GET /api/v1/users/me": () => json(200, me),
    });
    const { user, history } = renderApp("/login", { "/": Dashboard });
    await user.type(await screen.findByTestId("email-input"), "jane@example.com");
    await user.type(screen.getByTestId("password-input"), "changethis");
    await user.click(screen.getByRole("button", { name: "Log In" }));
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(history.get()).toBe("/");
    expect(localStorage.getItem("access_token")).toBe("token-1");
    const meRequest = requests.find((request) => request.url.endsWith("/users/me"));
    expect(meRequest?.headers.get("Authorization")).toBe("Bearer token-1");
  });

  it("logOut forgets the token, empties the cache and the guard shows /login", async () => {
    serveApi({ "GET /api/v1/users/me": () => json(200, me) });
    loggedIn();
    const { client, history } = renderApp("/", { "/": Dashboard });
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(client.getQueryData(queryKeys.currentUser)).toEqual(me);

    logOut(client);

    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(localStorage.getItem("access_token")).toBeNull();
    expect(isLoggedIn()).toBe(false);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
  });

  it.each([401, 403])("a %i on any query logs out", async (status) => {
    serveApi({ "GET /api/v1/users/me": () => json(status, { detail: "Could not validate credentials" }) });
    loggedIn();
    const { history } = renderApp("/", { "/": Dashboard });
    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(localStorage.getItem("access_token")).toBeNull();
  });

  it("sends a visitor without a session to /login", async () => {
    const requests = serveApi({});
    const { history } = renderApp("/", { "/": Dashboard });
    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(requests).toHaveLength(0);
  });
});
