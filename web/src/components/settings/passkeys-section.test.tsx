import { screen, waitFor, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { toasts } from "../../lib/toast.js";
import type { PasskeyPublic } from "../../lib/types.js";
import { json, serveApi } from "../../testing/fake-api.js";
import { renderPage } from "../../testing/render-page.js";
import { PasskeysSection } from "./passkeys-section.js";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const laptop: PasskeyPublic = { id: "p-laptop", name: "Laptop", created_at: minutesAgo(600), last_used_at: null };
const phone: PasskeyPublic = {
  id: "p-phone",
  name: "Phone",
  created_at: minutesAgo(3 * 24 * 60),
  last_used_at: minutesAgo(5),
};

/** Serves the passkey list, changed by renames and removals, and records the requests. */
const servePasskeys = (initial: PasskeyPublic[], removal = () => json(200, { message: "Passkey removed" })) => {
  let stored = initial;
  return serveApi({
    "GET /api/v1/users/me/passkeys": () => json(200, { data: stored, count: stored.length }),
    "PATCH /api/v1/users/me/passkeys/p-laptop": async (request) => {
      const { name } = (await request.json()) as { name: string };
      stored = stored.map((one) => (one.id === "p-laptop" ? { ...one, name } : one));
      return json(200, stored[0]);
    },
    "DELETE /api/v1/users/me/passkeys/p-laptop": () => {
      const answer = removal();
      if (answer.ok) stored = stored.filter((one) => one.id !== "p-laptop");
      return answer;
    },
  });
};

const rows = () => screen.findAllByTestId("passkey-row");
const lastToast = () => toasts().at(-1);

describe("passkeys section", () => {
  it("lists each passkey with its name, when it was created and when it was last used", async () => {
    servePasskeys([laptop, phone]);
    renderPage(() => <PasskeysSection />);
    const [first, second] = await rows();
    expect(first).toHaveTextContent("Laptop");
    expect(first).toHaveTextContent("Created 10 hours ago");
    expect(first).toHaveTextContent("Last used never");
    expect(second).toHaveTextContent("Phone");
    expect(second).toHaveTextContent("Created 3 days ago");
    expect(second).toHaveTextContent("Last used 5 minutes ago");
  });

  it("says when there are none, and when the browser cannot make passkeys", async () => {
    servePasskeys([]);
    renderPage(() => <PasskeysSection />);
    expect(await screen.findByText("You have no passkeys yet.")).toBeInTheDocument();
    expect(screen.getByText("This browser does not support passkeys.")).toBeInTheDocument();
  });

  it("renames a passkey through its dialog", async () => {
    const requests = servePasskeys([laptop]);
    const { user } = renderPage(() => <PasskeysSection />);
    const [row] = await rows();
    await user.click(within(row as HTMLElement).getByRole("button", { name: "Rename passkey Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Rename passkey" });
    const name = within(dialog).getByRole("textbox", { name: /^Name/ });
    await user.clear(name);
    await user.type(name, "Work laptop");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByTestId("passkey-row")).toHaveTextContent("Work laptop"));
    expect(lastToast()).toMatchObject({ kind: "success", description: "Passkey renamed" });
    expect(requests.some((request) => request.method === "PATCH")).toBe(true);
  });

  it("removes a passkey once confirmed", async () => {
    servePasskeys([laptop, phone]);
    const { user } = renderPage(() => <PasskeysSection />);
    const [row] = await rows();
    await user.click(within(row as HTMLElement).getByRole("button", { name: "Remove passkey Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove passkey" });
    expect(dialog).toHaveTextContent("You will no longer be able to sign in with the passkey Laptop.");
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(screen.getAllByTestId("passkey-row")).toHaveLength(1));
    expect(lastToast()).toMatchObject({ kind: "success", description: "Passkey removed" });
  });

  it("keeps the passkey and shows the server's reason when it is the only way in", async () => {
    const only = { detail: "You cannot remove your only way to sign in" };
    servePasskeys([laptop], () => json(400, only));
    const { user } = renderPage(() => <PasskeysSection />);
    const [row] = await rows();
    await user.click(within(row as HTMLElement).getByRole("button", { name: "Remove passkey Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove passkey" });
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(lastToast()).toMatchObject({ kind: "error", description: only.detail }));
    expect(screen.getAllByTestId("passkey-row")).toHaveLength(1);
  });
});
