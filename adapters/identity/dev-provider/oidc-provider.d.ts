// The part of oidc-provider (a development dependency, without bundled types) the development provider uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  interface ProviderContext {
    readonly oidc: {
      readonly session?: { readonly accountId?: string };
      readonly client: { readonly clientId: string };
      readonly provider: { Grant: new (fields: { clientId: string; accountId: string }) => GrantInstance };
    };
  }

  interface Account {
    readonly accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }

  interface Configuration {
    readonly clients: readonly Record<string, unknown>[];
    readonly jwks: { readonly keys: readonly Record<string, unknown>[] };
    readonly cookies: { readonly keys: readonly string[] };
    readonly claims: Record<string, readonly string[]>;
    readonly conformIdTokenClaims: boolean;
    readonly features: Record<string, unknown>;
    readonly pkce: { readonly required: () => boolean };
    readonly ttl: Record<string, number>;
    readonly interactions: { readonly url: (ctx: ProviderContext, interaction: { uid: string }) => string };
    findAccount(ctx: ProviderContext, id: string): Promise<Account | undefined>;
    loadExistingGrant(ctx: ProviderContext): Promise<GrantInstance | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly Client: { prototype: { redirectUriAllowed(value: string): boolean } };
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    interactionDetails(request: IncomingMessage, response: ServerResponse): Promise<{ uid: string }>;
    interactionFinished(
      request: IncomingMessage,
      response: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
