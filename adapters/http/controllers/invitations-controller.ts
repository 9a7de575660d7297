import { Body, Post, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { AcceptInvitation } from "../../../core/organizations/accept-invitation.js";
import { PreviewInvitation } from "../../../core/organizations/preview-invitation.js";
import { BEARER, principalOf } from "../authentication.js";
import {
  type ErrorDetail,
  type InvitationPreviewPublic,
  type InvitationToken,
  invitationPreviewPublic,
  type MemberPublic,
  memberPublic,
} from "../organizations/organization-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/invitations")
@Tags("organizations")
@Response<HTTPValidationError>(422, "Validation Error")
@Response<ErrorDetail>(400, "Invalid invitation: unknown, expired, revoked or already used")
export class InvitationsController {
  constructor(
    @inject(PreviewInvitation) private readonly preview: PreviewInvitation,
    @inject(AcceptInvitation) private readonly accept: AcceptInvitation,
  ) {}

  /** What an invitation link offers (no sign-in needed): organisation, inviter, role and the masked address. */
  @Post("preview")
  public async previewInvitation(@Body() body: InvitationToken): Promise<InvitationPreviewPublic> {
    return invitationPreviewPublic(await this.preview.execute(body.token));
  }

  /** Join the organisation of an invitation sent to the caller's verified e-mail address; single use. */
  @Post("accept")
  @Security(BEARER)
  @Response<ErrorDetail>(403, "The invitation is for another address, or the caller's address is not verified")
  public async acceptInvitation(@Request() request: KoaRequest, @Body() body: InvitationToken): Promise<MemberPublic> {
    const { actor, context } = principalOf(request);
    return memberPublic(await this.accept.execute(actor, body.token, context));
  }
}
