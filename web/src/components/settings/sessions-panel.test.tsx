import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { toasts } from "../../lib/toast.js";
import type { SessionPublic } from "../../lib/types.js";
import { json, serveApi } from "../../testing/fake-api.js";
import { renderPage } from "../../testing/render-page.js";
import { SessionsPanel } from "./sessions-panel.js";

const chromeOnLinux =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const firefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const session = (id: string, changes: Partial<SessionPublic>): SessionPublic => ({
  id,
  created_at: minutesAgo(600),
  last_used_at: minutesAgo(0),
  expires_at: new Date(Date.now() + 86_400_000).toISOString(),
  user_agent: chromeOnLinux,
  ip_address: "203.0.113.7",
  current: false,
  ...changes,
});

const here = session("s-here", { current: true });
const laptop = session("s-laptop", {
  user_agent: firefoxOnWindows,
  ip_address: "198.51.100.2",
  last_used_at: minutesAgo(5),
});
const unknown = session("s-unknown", { user_agent: null, ip_address: null, last_used_at: minutesAgo(3 * 24 * 60) });

/** Serves the sessions list (`live` shrinks as sessions are revoked) and records the requests. */
const serveSessions = (initial: SessionPublic[]) => {
  let live = initial;
  const requests = serveApi({
    "GET /api/v1/users/me/sessions": () => json(200, { data: live, count: live.length }),
    "DELETE /api/v1/users/me/sessions": () => {
      live = live.filter((one) => one.current);
      return json(200, { message: "Other sessions revoked" });
    },
    "DELETE /api/v1/users/me/sessions/s-laptop": () => {
      live = live.filter((one) => one.id !== "s-laptop");
      return json(200, { message: "Session revoked" });
    },
  });
  return requests;
};

const rows = () => screen.findAllByTestId("session-row");
const lastToast = () => toasts().at(-1);

describe("sessions panel", () => {
  it("lists each device with browser, OS, IP and last use, marking this one", async () => {
    serveSessions([here, laptop, unknown]);
    renderPage(() => <SessionsPanel />);
    const [first, second, third] = await rows();
    expect(first).toHaveTextContent("Chrome 131 on Linux");
    expect(first).toHaveTextContent("This device");
    expect(first).toHaveTextContent("203.0.113.7");
    expect(first).toHaveTextContent("Last used just now");
    expect(within(first as HTMLElement).queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    expect(second).toHaveTextContent("Firefox 133 on Windows 10");
    expect(second).toHaveTextContent("198.51.100.2");
    expect(second).toHaveTextContent("Last used 5 minutes ago");
    expect(second).not.toHaveTextContent("This device");
    expect(third).toHaveTextContent("Unknown on Unknown");
    expect(third).toHaveTextContent("Unknown IP");
    expect(third).toHaveTextContent("Last used 3 days ago");
  });

  it("signs one other session out and refreshes the list", async () => {
    const requests = serveSessions([here, laptop]);
    const { user } = renderPage(() => <SessionsPanel />);
    const [, other] = await rows();
    await user.click(within(other as HTMLElement).getByRole("button", { name: "Sign out" }));
    await waitFor(() => expect(screen.getAllByTestId("session-row")).toHaveLength(1));
    expect(lastToast()).toMatchObject({ kind: "success", description: "Session signed out" });
    expect(requests.some((request) => request.method === "DELETE" && request.url.endsWith("/s-laptop"))).toBe(true);
  });

  it("signs every other session out after confirming", async () => {
    const requests = serveSessions([here, laptop, unknown]);
    const { user } = renderPage(() => <SessionsPanel />);
    await rows();
    await user.click(screen.getByRole("button", { name: "Sign out of all other sessions" }));
    const dialog = await screen.findByRole("dialog");
    expect(requests.filter((request) => request.method === "DELETE")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Sign out" }));
    await waitFor(() => expect(screen.getAllByTestId("session-row")).toHaveLength(1));
    expect(lastToast()).toMatchObject({ kind: "success", description: "Signed out of all other sessions" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("cancelling the confirmation signs nobody out", async () => {
    const requests = serveSessions([here, laptop]);
    const { user } = renderPage(() => <SessionsPanel />);
    await rows();
    await user.click(screen.getByRole("button", { name: "Sign out of all other sessions" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === "DELETE")).toHaveLength(0);
  });

  it("offers no Sign out of all other sessions when this is the only one", async () => {
    serveSessions([here]);
    renderPage(() => <SessionsPanel />);
    await rows();
    expect(screen.getByRole("button", { name: "Sign out of all other sessions" })).toBeDisabled();
  });
});
