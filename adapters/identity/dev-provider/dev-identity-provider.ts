import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DEV_ACCOUNTS, type DevAccount } from "./dev-accounts.js";
import { loginPage } from "./login-page.js";

export interface DevIdentityProviderOptions {
  readonly host?: string;
  /** 0 (default): any free port. */
  readonly port?: number;
  readonly accounts?: readonly DevAccount[];
  /** How long its ID tokens live. */
  readonly idTokenTtlSeconds?: number;
  /** For tests of a misbehaving provider: the nonce it puts in ID tokens is not the one it was sent. */
  readonly alterNonce?: boolean;
}

export interface DevIdentityProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

const CALLBACK_PATH = /^\/api\/v1\/login\/oidc\/[a-z][a-z0-9-]*\/callback$/;

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error("form too large"));
    });
    request.on("end", () => resolve(new URLSearchParams(body)));
    request.on("error", reject);
  });
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.removeListener("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host);

/**
 * A real OpenID Connect provider (panva's oidc-provider) in this process, for local development and tests: discovery,
 * authorization code with PKCE, signed ID tokens, and a login page listing test accounts. It accepts any loopback
 * redirect URI of the app's callback path, so it works on whatever port the app runs.
 */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions = {}): Promise<DevIdentityProvider> {
  const { host = "127.0.0.1", port = 0, accounts = DEV_ACCOUNTS, idTokenTtlSeconds = 3600 } = options;
  // A development dependency, loaded only here: the production image is installed without it.
  const { default: Provider } = await import("oidc-provider");
  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = createServer((request, response) => handler(request, response));
  const boundPort = await listen(server, host, port);
  const issuer = `http://${urlHost(host)}:${boundPort}`;
  const clientId = "dev-login";
  const clientSecret = randomBytes(24).toString("base64url");
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const byId = new Map(accounts.map((account) => [account.id, account]));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`http://127.0.0.1/api/v1/login/oidc/dev/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...signingKey, use: "sig", kid: "dev" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    ttl: { IdToken: idTokenTtlSeconds, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = byId.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // Any port of the loopback host: the app may run on any.
  provider.Client.prototype.redirectUriAllowed = function allowed(value: string): boolean {
    try {
      const url = new URL(value);
      return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) && CALLBACK_PATH.test(url.pathname);
    } catch {
      return false;
    }
  };
  const oidcCallback = provider.callback();

  const interaction = async (request: IncomingMessage, response: ServerResponse, path: string[]) => {
    const [uid = "", step] = path;
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) throw new Error("interaction mismatch");
    if (request.method === "GET" && step === undefined) {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      response.end(loginPage(uid, accounts));
      return;
    }
    if (request.method === "POST" && step === "login") {
      const accountId = (await readForm(request)).get("account") ?? "";
      if (!byId.has(accountId)) {
        response.statusCode = 400;
        response.end("unknown account");
        return;
      }
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (request.method === "POST" && step === "abort") {
      const result = { error: "access_denied", error_description: "The person cancelled the sign-in" };
      await provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
      return;
    }
    response.statusCode = 404;
    response.end();
  };

  handler = (request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts[0] === "interaction" && parts.length >= 2) {
      interaction(request, response, parts.slice(1)).catch(() => {
        if (!response.headersSent) response.statusCode = 400;
        response.end("This sign-in has expired; start again from the app.");
      });
      return;
    }
    if (options.alterNonce && url.pathname === "/auth" && url.searchParams.has("nonce")) {
      url.searchParams.set("nonce", `${url.searchParams.get("nonce")}-altered`);
      request.url = `${url.pathname}${url.search}`;
    }
    oidcCallback(request, response);
  };

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
