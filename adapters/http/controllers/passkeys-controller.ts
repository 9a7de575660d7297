import {
  Body,
  Delete,
  Get,
  Middlewares,
  Patch,
  Path,
  Post,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { AddPasskey } from "../../../core/passkeys/add-passkey.js";
import { ListMyPasskeys } from "../../../core/passkeys/list-my-passkeys.js";
import { LogInWithPasskey } from "../../../core/passkeys/log-in-with-passkey.js";
import { RemoveMyPasskey } from "../../../core/passkeys/remove-my-passkey.js";
import { RenameMyPasskey } from "../../../core/passkeys/rename-my-passkey.js";
import { StartPasskeyAssertion } from "../../../core/passkeys/start-passkey-assertion.js";
import { StartPasskeyRegistration } from "../../../core/passkeys/start-passkey-registration.js";
import type { Clock } from "../../../core/shared/clock.js";
import { DependencyKeys } from "../../dependency-keys.js";
import { BEARER, principalOf } from "../authentication.js";
import { cookieOriginChecked } from "../browser-session/cookie-origin-check.js";
import type { WebSessions } from "../browser-session/web-sessions.js";
import {
  type PasskeyCreate,
  type PasskeyLogin,
  type PasskeyLoginOptions,
  type PasskeyPublic,
  type PasskeysPublic,
  type PasskeyUpdate,
  passkeyLoginOptions,
  passkeyPublic,
  passkeysPublic,
  type WebAuthnOptions,
} from "../passkeys/passkey-shapes.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import { type UserPublic, userPublic } from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class PasskeysController {
  constructor(
    @inject(StartPasskeyRegistration) private readonly startRegistration: StartPasskeyRegistration,
    @inject(AddPasskey) private readonly add: AddPasskey,
    @inject(ListMyPasskeys) private readonly listMine: ListMyPasskeys,
    @inject(RenameMyPasskey) private readonly renameMine: RenameMyPasskey,
    @inject(RemoveMyPasskey) private readonly removeMine: RemoveMyPasskey,
    @inject(StartPasskeyAssertion) private readonly startAssertion: StartPasskeyAssertion,
    @inject(LogInWithPasskey) private readonly logInWithPasskey: LogInWithPasskey,
    @inject(DependencyKeys.webSessions) private readonly web: WebSessions,
    @inject(DependencyKeys.clock) private readonly clock: Clock,
  ) {}

  /** Creation options for a new passkey of the caller (their existing passkeys excluded); valid for 5 minutes. */
  @Post("users/me/passkeys/options")
  @Tags("users")
  @Security(BEARER)
  public async createPasskeyOptions(@Request() request: KoaRequest): Promise<WebAuthnOptions> {
    const options = await this.startRegistration.execute(principalOf(request).actor);
    request.ctx.set("Cache-Control", "no-store");
    return { ...options };
  }

  /** Register the passkey the browser created from the creation options; a security e-mail tells the account's owner. */
  @Post("users/me/passkeys")
  @Tags("users")
  @Security(BEARER)
  @Response<{ detail: string }>(400, "Passkey not recognised: no live challenge, wrong origin, or a bad attestation")
  @Response<{ detail: string }>(409, "Passkey already registered")
  public async addPasskey(@Request() request: KoaRequest, @Body() body: PasskeyCreate): Promise<PasskeyPublic> {
    const { actor, context } = principalOf(request);
    return passkeyPublic(await this.add.execute(actor, body.name, body.response, context));
  }

  /** The caller's passkeys, oldest first. */
  @Get("users/me/passkeys")
  @Tags("users")
  @Security(BEARER)
  public async readMyPasskeys(@Request() request: KoaRequest): Promise<PasskeysPublic> {
    return passkeysPublic(await this.listMine.execute(principalOf(request).actor));
  }

  /** Rename one of the caller's passkeys. */
  @Patch("users/me/passkeys/{passkey_id}")
  @Tags("users")
  @Security(BEARER)
  @Response<{ detail: string }>(404, "Passkey not found")
  public async renameMyPasskey(
    @Request() request: KoaRequest,
    @Path() passkey_id: UUID,
    @Body() body: PasskeyUpdate,
  ): Promise<PasskeyPublic> {
    return passkeyPublic(await this.renameMine.execute(principalOf(request).actor, passkey_id, body.name));
  }

  /** Remove one of the caller's passkeys, unless it is their only way to sign in. */
  @Delete("users/me/passkeys/{passkey_id}")
  @Tags("users")
  @Security(BEARER)
  @Response<{ detail: string }>(400, "You cannot remove your only way to sign in")
  @Response<{ detail: string }>(404, "Passkey not found")
  public async removeMyPasskey(@Request() request: KoaRequest, @Path() passkey_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.removeMine.execute(actor, passkey_id, context);
    return message("Passkey removed");
  }

  /** Request options for a passwordless login with any registered (discoverable) passkey; valid for 5 minutes, once. */
  @Post("login/passkey/options")
  @Tags("login")
  @Middlewares(OperationLimits.passkeyLogin)
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many failed logins from this address")
  public async passkeyLoginOptions(@Request() request: KoaRequest): Promise<PasskeyLoginOptions> {
    request.ctx.set("Cache-Control", "no-store");
    return passkeyLoginOptions(await this.startAssertion.execute(null));
  }

  /** Passwordless browser login with a passkey: sets the httpOnly session cookie and returns the user. */
  @Post("login/passkey")
  @Tags("login")
  @Middlewares(cookieOriginChecked, OperationLimits.passkeyLogin)
  @Response<{ detail: string }>(400, "Passkey not recognised: replayed, expired, wrong origin, or counter gone back")
  @Response<{ detail: string }>(403, "CSRF check failed: the request did not come from an allowed origin")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many failed logins from this address")
  public async loginWithPasskey(@Request() request: KoaRequest, @Body() body: PasskeyLogin): Promise<UserPublic> {
    const context = requestContextOf(request.ctx, null);
    const grant = await this.logInWithPasskey.execute(body.challenge_id, body.response, context);
    this.web.cookie.set(request.ctx, grant.secret, grant.session.expiresAt, this.clock.now());
    return userPublic(grant.user);
  }
}
