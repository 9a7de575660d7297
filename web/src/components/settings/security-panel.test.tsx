import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { json, serveApi } from "../../testing/fake-api.js";
import { renderPage } from "../../testing/render-page.js";
import { SecurityPanel } from "./security-panel.js";

const me = { id: "u1", email: "ann@example.com", is_active: true, is_superuser: false, full_name: null };
const security = (emailVerified: boolean) => ({
  email_verified: emailVerified,
  totp_enabled: false,
  recovery_codes_left: 0,
  passkeys: 0,
  has_password: true,
  identities: [],
});

/** What the panel's other sections read: no passkey, no provider, no linked identity. */
const otherSections = {
  "GET /api/v1/users/me/passkeys": () => json(200, { data: [], count: 0 }),
  "GET /api/v1/login/providers": () => json(200, []),
  "GET /api/v1/users/me/identities": () => json(200, { data: [], count: 0 }),
};

describe("Settings › Security", () => {
  it("shows an unverified address with a way to get a new link", async () => {
    const requests = serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/users/me/security": () => json(200, security(false)),
      ...otherSections,
      "POST /api/v1/users/me/verification-email": () => json(200, { message: "Verification email sent" }),
    });
    const { user } = renderPage(() => <SecurityPanel />, "/settings");
    expect(await screen.findByText(/ann@example.com is not verified yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resend verification email" }));
    await waitFor(() =>
      expect(requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toContain(
        "POST /api/v1/users/me/verification-email",
      ),
    );
  });

  it("says a verified address is verified, with nothing to resend", async () => {
    serveApi({
      "GET /api/v1/users/me": () => json(200, me),
      "GET /api/v1/users/me/security": () => json(200, security(true)),
      ...otherSections,
    });
    renderPage(() => <SecurityPanel />, "/settings");
    expect(await screen.findByText("ann@example.com is verified.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Resend verification email" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Set up two-factor authentication" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Disable" })).not.toBeInTheDocument();
  });
});
