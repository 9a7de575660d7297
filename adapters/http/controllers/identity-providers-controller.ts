import { Delete, Get, Path, Query, Request, Response, Route, Security, SuccessResponse, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Context, Request as KoaRequest } from "koa";
import type { ProviderProfile } from "../../../core/identities/identity.js";
import { LinkIdentity } from "../../../core/identities/link-identity.js";
import { ListMyIdentities } from "../../../core/identities/list-my-identities.js";
import { SignInWithIdentity } from "../../../core/identities/sign-in-with-identity.js";
import { UnlinkIdentity } from "../../../core/identities/unlink-identity.js";
import type { Clock } from "../../../core/shared/clock.js";
import { DomainError } from "../../../core/shared/errors.js";
import { SecondFactorRequired } from "../../../core/two-factor/two-factor-errors.js";
import { DependencyKeys } from "../../dependency-keys.js";
import type { IdentityProviders } from "../../identity/identity-providers.js";
import type { PendingFlow } from "../../identity/pending-flow.js";
import type { ProviderClient } from "../../identity/provider-client.js";
import { BEARER, principalOf } from "../authentication.js";
import { signedInUser } from "../browser-session/session-probe.js";
import type { WebSessions } from "../browser-session/web-sessions.js";
import { failureCode, failureLocation, redirectTo } from "../identities/identity-redirects.js";
import {
  type IdentitiesPublic,
  type IdentityProviderPublic,
  identitiesPublic,
  spaPath,
} from "../identities/identity-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

const notFound = () => new DomainError("not_found", "identity.provider_not_found", "Not Found");
const badNext = () => new DomainError("invalid", "identity.invalid_next", "next must be a path of this app");

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class IdentityProvidersController {
  constructor(
    @inject(SignInWithIdentity) private readonly signIn: SignInWithIdentity,
    @inject(LinkIdentity) private readonly link: LinkIdentity,
    @inject(ListMyIdentities) private readonly listMine: ListMyIdentities,
    @inject(UnlinkIdentity) private readonly unlink: UnlinkIdentity,
    @inject(DependencyKeys.identityProviders) private readonly providers: IdentityProviders,
    @inject(DependencyKeys.webSessions) private readonly web: WebSessions,
    @inject(DependencyKeys.clock) private readonly clock: Clock,
  ) {}

  /** The identity providers one can sign in with (empty when none is configured). */
  @Get("login/providers")
  @Tags("login")
  public async listProviders(): Promise<IdentityProviderPublic[]> {
    return this.providers.listing();
  }

  /**
   * Start signing in with an identity provider: redirects there with state, nonce and PKCE (S256). `next` is the
   * path of the app to land on afterwards.
   */
  @Get("login/oidc/{provider}")
  @Tags("login")
  @SuccessResponse(302, "Redirect to the provider")
  @Response<{ detail: string }>(400, "next is not a path of this app")
  @Response<{ detail: string }>(404, "No such provider")
  public async startSignIn(
    @Request() request: KoaRequest,
    @Path() provider: string,
    @Query() next?: string,
  ): Promise<void> {
    const client = this.clientOf(provider);
    const path = spaPath(next);
    if (path === false) throw badNext();
    await this.startFlow(request.ctx, client, path, null);
  }

  /**
   * Where the provider sends the browser back. Checks state, PKCE, nonce, issuer, audience and expiry, then signs
   * in (a linked identity, a verified account with the same address, or a new account), or links the identity to
   * the user who started a link. Redirects to the app; any failure to `/login?error=<code>`, never with a session.
   */
  @Get("login/oidc/{provider}/callback")
  @Tags("login")
  @SuccessResponse(302, "Redirect to the app")
  @Response<{ detail: string }>(404, "No such provider")
  public async finishSignIn(
    @Request() request: KoaRequest,
    @Path() provider: string,
    @Query() code?: string,
    @Query() state?: string,
    @Query() error?: string,
  ): Promise<void> {
    const client = this.clientOf(provider);
    const ctx = request.ctx;
    const { frontendHost, flows } = this.providers.edge;
    const flow = flows.take(ctx);
    const fail = (reason: string) => redirectTo(ctx, failureLocation(frontendHost, reason, provider, flow));
    if (!flow || flow.provider !== provider || state !== flow.state) {
      fail(error === "access_denied" && flow ? "access_denied" : "invalid_state");
      return;
    }
    if (!code && error !== "access_denied") return fail("invalid_state");
    try {
      const callbackUrl = new URL(`${flow.redirectUri}?${ctx.querystring}`);
      const profile = await client.complete(callbackUrl, flow);
      const landing = flow.linkUserId
        ? await this.finishLink(request, flow, profile)
        : await this.finishLogIn(ctx, profile, flow);
      redirectTo(ctx, landing);
    } catch (failure) {
      fail(failureCode(failure));
    }
  }

  /** The caller's linked identities, oldest first. */
  @Get("users/me/identities")
  @Tags("users")
  @Security(BEARER)
  public async readMyIdentities(@Request() request: KoaRequest): Promise<IdentitiesPublic> {
    return identitiesPublic(await this.listMine.execute(principalOf(request).actor));
  }

  /** Link an identity of `provider` to the caller: the same redirect flow as signing in, ending linked. */
  @Get("users/me/identities/{provider}/link")
  @Tags("users")
  @Security(BEARER)
  @SuccessResponse(302, "Redirect to the provider")
  @Response<{ detail: string }>(404, "No such provider")
  public async startLink(@Request() request: KoaRequest, @Path() provider: string): Promise<void> {
    const client = this.clientOf(provider);
    await this.startFlow(request.ctx, client, null, principalOf(request).actor.id);
  }

  /** Unlink one of the caller's identities, unless it is their only way to sign in. */
  @Delete("users/me/identities/{identity_id}")
  @Tags("users")
  @Security(BEARER)
  @Response<{ detail: string }>(400, "It is the only way to sign in")
  @Response<{ detail: string }>(404, "Identity not found")
  public async unlinkMyIdentity(@Request() request: KoaRequest, @Path() identity_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.unlink.execute(actor, identity_id, context);
    return message("Identity unlinked");
  }

  private clientOf(name: string): ProviderClient {
    const client = this.providers.find(name);
    if (!client) throw notFound();
    return client;
  }

  private async startFlow(ctx: Context, client: ProviderClient, next: string | null, linkUserId: string | null) {
    // The origin this request came to: Host and X-Forwarded-Proto/-Host as Koa reads them (from trusted proxies only).
    const redirectUri = this.providers.redirectUri(client.name, `${ctx.protocol}://${ctx.host}`);
    const flow = this.providers.edge.flows.begin({ provider: client.name, redirectUri, next, linkUserId });
    let location: URL;
    try {
      location = await client.authorizationUrl(flow);
    } catch (failure) {
      redirectTo(ctx, failureLocation(this.providers.edge.frontendHost, failureCode(failure), client.name, flow));
      return;
    }
    this.providers.edge.flows.write(ctx, flow);
    redirectTo(ctx, location.href);
  }

  /**
   * An account with a second factor gets it asked for on the login page: the token travels in the fragment, which
   * the browser sends to no server and no Referer carries, and the page drops it from the address at once.
   */
  private async finishLogIn(ctx: Context, profile: ProviderProfile, flow: PendingFlow): Promise<string> {
    let grant: Awaited<ReturnType<SignInWithIdentity["execute"]>>;
    try {
      grant = await this.signIn.execute(profile, requestContextOf(ctx, null));
    } catch (error) {
      if (!(error instanceof SecondFactorRequired)) throw error;
      const handover = new URLSearchParams({ mfa_token: error.mfaToken, methods: error.methods.join(",") });
      return `${this.providers.edge.frontendHost}/login#${handover}`;
    }
    this.web.cookie.set(ctx, grant.secret, grant.session.expiresAt, this.clock.now());
    return `${this.providers.edge.frontendHost}${flow.next ?? "/"}`;
  }

  /** Links to the user who started the link, only while that user is still the one signed in on this browser. */
  private async finishLink(request: KoaRequest, flow: PendingFlow, profile: ProviderProfile): Promise<string> {
    const user = await signedInUser(request);
    if (!user || user.id !== flow.linkUserId) throw new DomainError("invalid", "identity.invalid_state", "");
    const actor = { id: user.id, isSuperuser: user.isSuperuser };
    await this.link.execute(actor, profile, requestContextOf(request.ctx, null));
    const query = new URLSearchParams({ tab: "security", linked: profile.provider });
    return `${this.providers.edge.frontendHost}/settings?${query}`;
  }
}
