import type { Clock } from "../../core/shared/clock.js";
import { rootLogger } from "../logger.js";
import type { DevIdentityProviderOptions } from "./dev-provider/dev-identity-provider.js";
import { GitHubProviderClient } from "./github-provider-client.js";
import { DEV_PROVIDER_NAME, type IdentitySettings, type ProviderSettings } from "./identity-settings.js";
import { OidcProviderClient } from "./oidc-provider-client.js";
import type { PendingFlowCookie } from "./pending-flow.js";
import type { ProviderClient, ProviderListing } from "./provider-client.js";

/** The identity providers this process offers, and where they send people back to. */
export interface IdentityEdge {
  /** Where the SPA is published: the flows end there. */
  readonly frontendHost: string;
  /** The browser-bound store of pending flows. */
  readonly flows: PendingFlowCookie;
}

export class IdentityProviders {
  private readonly byName: ReadonlyMap<string, ProviderClient>;
  readonly openRegistration: boolean;
  private readonly redirectBase: string | null;

  constructor(
    clients: readonly ProviderClient[],
    settings: Pick<IdentitySettings, "redirectBase" | "openRegistration">,
    readonly edge: IdentityEdge,
    /** The embedded development provider's address, when one runs. */
    readonly devIssuer: string | null = null,
    private readonly stop: () => Promise<void> = async () => undefined,
  ) {
    this.byName = new Map(clients.map((client) => [client.name, client]));
    this.openRegistration = settings.openRegistration;
    this.redirectBase = settings.redirectBase;
  }

  listing(): ProviderListing[] {
    return [...this.byName.values()].map(({ name, label }) => ({ name, label }));
  }

  find(name: string): ProviderClient | null {
    return this.byName.get(name) ?? null;
  }

  /** The callback URL of `provider`: on OIDC_REDIRECT_BASE, else on the origin the sign-in started on. */
  redirectUri(provider: string, requestOrigin: string): string {
    return `${this.redirectBase ?? requestOrigin}/api/v1/login/oidc/${provider}/callback`;
  }

  close(): Promise<void> {
    return this.stop();
  }
}

function clientOf(settings: ProviderSettings, clock: Clock): ProviderClient {
  return settings.kind === "github" ? new GitHubProviderClient(settings) : new OidcProviderClient(settings, clock);
}

/**
 * The configured providers, and in local the embedded development provider (started here, on a free port unless
 * OIDC_DEV_PROVIDER_PORT says otherwise). A development provider that cannot start is left out with a warning.
 */
export async function startIdentityProviders(
  settings: IdentitySettings,
  edge: IdentityEdge,
  clock: Clock,
  devOptions: DevIdentityProviderOptions = {},
): Promise<IdentityProviders> {
  const clients = settings.providers.map((provider) => clientOf(provider, clock));
  const { devProvider } = settings;
  if (!devProvider) return new IdentityProviders(clients, settings, edge);
  try {
    const { startDevIdentityProvider } = await import("./dev-provider/dev-identity-provider.js");
    const dev = await startDevIdentityProvider({ port: devProvider.port, ...devOptions });
    const devClient = new OidcProviderClient(
      { name: DEV_PROVIDER_NAME, label: "Dev login", ...dev, allowHttp: true, promptLogin: true },
      clock,
    );
    return new IdentityProviders([devClient, ...clients], settings, edge, dev.issuer, dev.close);
  } catch (error) {
    rootLogger.warn({ err: error }, "the development identity provider could not start; Dev login stays off");
    return new IdentityProviders(clients, settings, edge);
  }
}
