import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";
import { githubProfile } from "./github-provider-client.js";

const load = (env: Record<string, string>) =>
  loadConfig(
    { SECRET_KEY: "a-secret-key-that-is-long-enough-for-staging", FIRST_SUPERUSER_PASSWORD: "a-real-password", ...env },
    { envFile: null },
  );

const google = {
  OIDC_PROVIDERS: "google",
  OIDC_GOOGLE_ISSUER: "https://accounts.google.com",
  OIDC_GOOGLE_CLIENT_ID: "id",
  OIDC_GOOGLE_CLIENT_SECRET: "secret",
};

describe("identity provider settings", () => {
  it("reads each named OpenID Connect provider and GitHub, with labels", () => {
    const { identity } = load({
      ...google,
      OIDC_GOOGLE_LABEL: "Google",
      GITHUB_CLIENT_ID: "gh",
      GITHUB_CLIENT_SECRET: "s",
    });
    expect(identity.providers).toEqual([
      {
        kind: "oidc",
        name: "google",
        label: "Google",
        issuer: "https://accounts.google.com",
        clientId: "id",
        clientSecret: "secret",
      },
      { kind: "github", name: "github", label: "GitHub", clientId: "gh", clientSecret: "s" },
    ]);
    expect(identity.openRegistration).toBe(true);
  });

  it("runs the development provider by default in local only", () => {
    expect(load({}).identity.devProvider).toEqual({ port: 0 });
    expect(load({ OIDC_DEV_PROVIDER: "false" }).identity.devProvider).toBeNull();
    expect(load({ ENVIRONMENT: "staging" }).identity.devProvider).toBeNull();
  });

  it("refuses the development provider outside local", () => {
    expect(() => load({ ENVIRONMENT: "production", OIDC_DEV_PROVIDER: "true" })).toThrow(
      /OIDC_DEV_PROVIDER: the development provider runs only when ENVIRONMENT=local/,
    );
  });

  it("requires OIDC_REDIRECT_BASE outside local when a provider is configured", () => {
    expect(() => load({ ENVIRONMENT: "staging", ...google })).toThrow(/OIDC_REDIRECT_BASE: required/);
    const { identity } = load({ ENVIRONMENT: "staging", ...google, OIDC_REDIRECT_BASE: "https://api.example.com/" });
    expect(identity.redirectBase).toBe("https://api.example.com");
  });

  it("names every missing or bad variable of a provider", () => {
    const error = (() => {
      try {
        load({ OIDC_PROVIDERS: "google,dev,Bad_Name", OIDC_GOOGLE_ISSUER: "ftp://x", GITHUB_CLIENT_ID: "only-id" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const expected of [
      "OIDC_GOOGLE_CLIENT_ID: required",
      "OIDC_GOOGLE_CLIENT_SECRET: required",
      "OIDC_GOOGLE_ISSUER: must be an http(s) URL",
      'OIDC_PROVIDERS: "dev" is reserved',
      "GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET: set both or neither",
    ]) {
      expect(message).toContain(expected);
    }
  });
});

describe("a GitHub account's profile", () => {
  const user = { id: 42, login: "octo", name: null };

  it("takes the primary address, verified only when GitHub says so", () => {
    const emails = [
      { email: "other@example.com", primary: false, verified: true },
      { email: "main@example.com", primary: true, verified: false },
    ];
    expect(githubProfile(user, emails)).toEqual({
      provider: "github",
      subject: "42",
      email: "main@example.com",
      emailVerified: false,
      name: "octo",
    });
    expect(githubProfile(user, [{ email: "main@example.com", primary: true, verified: true }]).emailVerified).toBe(
      true,
    );
  });

  it("gives no address when none is primary", () => {
    expect(githubProfile(user, [{ email: "x@example.com", primary: false, verified: true }]).email).toBeNull();
  });
});
