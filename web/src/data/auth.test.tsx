import { screen, waitFor } from "@solidjs/testing-library";
import { beforeEach, describe, expect, it, vi } from "vitest";
import Dashboard from "../routes/dashboard.js";
import Items from "../routes/items.js";
import { json, serveApi } from "../testing/fake-api.js";
import { renderApp } from "../testing/render-page.js";
import { logOut } from "./auth.js";
import { recheckSession, sessionStatus } from "./browser-session.js";
import { queryKeys } from "./query-keys.js";

const me = { id: "u1", email: "jane@example.com", full_name: "Jane", is_active: true, is_superuser: false };
const notAuthenticated = () => json(401, { detail: "Not authenticated" });

/** Every path the app's history went through, from `location` on. */
const visits = (history: { get: () => string; listen: (listener: (value: string) => void) => () => void }) => {
  const seen = [history.get()];
  history.listen((value) => seen.push(value));
  return seen;
};

// Each test starts like a fresh page load: nothing known until the server answers.
beforeEach(() => recheckSession());

describe("session", () => {
  it("logs in with the cookie login, keeps no token in storage and goes home", async () => {
    let cookie = false;
    const requests = serveApi({
      "GET /api/v1/users/me": () => (cookie ? json(200, me) : notAuthenticated()),
      "POST /api/v1/login/session": () => {
        cookie = true;
        return json(200, me);
      },
    });
    const { user, history } = renderApp("/login", { "/": Dashboard });
    await user.type(await screen.findByTestId("email-input"), "jane@example.com");
    await user.type(screen.getByTestId("password-input"), "changethis");
    await user.click(screen.getByRole("button", { name: "Log In" }));
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(history.get()).toBe("/");
    const login = requests.find((request) => request.url.endsWith("/login/session"));
    expect(login?.credentials).toBe("include");
    expect(await login?.text()).toBe("username=jane%40example.com&password=changethis");
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it("a page load with a live session asks the server and shows the page without passing by /login", async () => {
    const requests = serveApi({ "GET /api/v1/users/me": () => json(200, me) });
    const { history } = renderApp("/", { "/": Dashboard });
    const seen = visits(history);
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(seen).toEqual(["/"]);
    expect(requests[0]?.credentials).toBe("include");
    expect(requests[0]?.headers.get("Authorization")).toBeNull();
  });

  it("a live session opening /login is sent home", async () => {
    serveApi({ "GET /api/v1/users/me": () => json(200, me) });
    const { history } = renderApp("/login", { "/": Dashboard });
    await waitFor(() => expect(history.get()).toBe("/"));
    expect(screen.queryByRole("heading", { name: "Login to your account" })).not.toBeInTheDocument();
  });

  it("logOut revokes the session on the server, empties the cache and the guard shows /login", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "POST /api/v1/logout": () => json(200, { message: "Logged out" }),
    });
    const { client, history } = renderApp("/", { "/": Dashboard });
    expect(await screen.findByText("Hi, Jane 👋")).toBeInTheDocument();
    expect(client.getQueryData(queryKeys.currentUser)).toEqual(me);

    await logOut(client);

    await waitFor(() => expect(history.get()).toBe("/login"));
    const logout = requests.find((request) => request.url.endsWith("/api/v1/logout"));
    expect(logout?.method).toBe("POST");
    expect(logout?.credentials).toBe("include");
    expect(sessionStatus()).toBe("ended");
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
  });

  it.each([401, 403])("a %i on any query logs out", async (status) => {
    serveApi({
      "GET /api/v1/session": () => json(200, { user: me }),
      "GET /api/v1/users/me": () => json(status, { detail: "Could not validate credentials" }),
      "GET /api/v1/items": () => json(status, { detail: "Could not validate credentials" }),
    });
    const { history } = renderApp("/items", { "/items": Items });
    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(sessionStatus()).toBe("ended");
  });

  it("sends a visitor without a session to /login after one probe that is not refused, without calling logout", async () => {
    const requests = serveApi({
      "GET /api/v1/session": () => json(200, { user: null }),
      "GET /api/v1/login/providers": () => json(200, []),
    });
    const { history } = renderApp("/", { "/": Dashboard });
    await waitFor(() => expect(history.get()).toBe("/login"));
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
    // The login page lists the identity providers for its buttons; nothing else is asked.
    expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`).sort()).toEqual([
      "GET /api/v1/login/providers",
      "GET /api/v1/session",
    ]);
  });

  it("ignores and removes a token an older version left in localStorage", async () => {
    localStorage.setItem("access_token", "left-by-an-older-version");
    vi.resetModules();
    await import("./browser-session.js");
    expect(localStorage.getItem("access_token")).toBeNull();
  });
});
