import { screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import Login from "../routes/login.js";
import { json, serveApi } from "../testing/fake-api.js";
import { renderPage } from "../testing/render-page.js";
import { IdentitiesSection } from "./settings/identities-section.js";

const providers = [{ name: "dev", label: "Dev login" }];

describe("identity providers on the login page", () => {
  it("draws one Continue with button per provider, pointing at the sign-in start", async () => {
    serveApi({ "GET /api/v1/login/providers": () => json(200, providers) });
    renderPage(() => <Login />, "/login");
    const button = await screen.findByRole("link", { name: "Continue with Dev login" });
    expect(button).toHaveAttribute("href", "/api/v1/login/oidc/dev");
  });

  it("draws no button when no provider is configured", async () => {
    serveApi({ "GET /api/v1/login/providers": () => json(200, []) });
    renderPage(() => <Login />, "/login");
    expect(await screen.findByRole("heading", { name: "Login to your account" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Continue with/ })).not.toBeInTheDocument();
  });

  it("says why a provider sign-in did not sign in, naming the provider by its label", async () => {
    serveApi({ "GET /api/v1/login/providers": () => json(200, providers) });
    renderPage(() => <Login />, "/login?error=link_requires_password&provider=dev");
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Sign in with your password, then link Dev login in Settings",
      ),
    );
  });
});

describe("linked identities in Settings", () => {
  it("lists linked identities with Unlink, and offers Link for the other providers", async () => {
    const github = { name: "github", label: "GitHub" };
    const identity = { id: "i-1", provider: "dev", email: "a@example.com", created_at: new Date().toISOString() };
    const requests = serveApi({
      "GET /api/v1/login/providers": () => json(200, [...providers, github]),
      "GET /api/v1/users/me/identities": () => json(200, { data: [identity], count: 1 }),
      "DELETE /api/v1/users/me/identities/i-1": () => json(200, { message: "Identity unlinked" }),
    });
    const { user } = renderPage(() => <IdentitiesSection />, "/settings");
    expect(await screen.findByText("a@example.com")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Link GitHub" })).toHaveAttribute(
      "href",
      "/api/v1/users/me/identities/github/link",
    );
    expect(screen.queryByRole("link", { name: "Link Dev login" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Unlink Dev login" }));
    await waitFor(() => expect(requests.some((request) => request.method === "DELETE")).toBe(true));
  });
});
