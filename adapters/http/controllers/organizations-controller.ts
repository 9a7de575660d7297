import {
  Body,
  Delete,
  Get,
  Middlewares,
  Patch,
  Path,
  Post,
  Query,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ChangeMemberRole } from "../../../core/organizations/change-member-role.js";
import { CreateOrganization } from "../../../core/organizations/create-organization.js";
import { DeleteOrganization } from "../../../core/organizations/delete-organization.js";
import { GetOrganization } from "../../../core/organizations/get-organization.js";
import { InviteMember } from "../../../core/organizations/invite-member.js";
import { ListInvitations } from "../../../core/organizations/list-invitations.js";
import { ListMembers } from "../../../core/organizations/list-members.js";
import { ListMyOrganizations } from "../../../core/organizations/list-my-organizations.js";
import { ListOrganizationAuditEvents } from "../../../core/organizations/list-organization-audit-events.js";
import { RemoveMember } from "../../../core/organizations/remove-member.js";
import { RenameOrganization } from "../../../core/organizations/rename-organization.js";
import { RevokeInvitation } from "../../../core/organizations/revoke-invitation.js";
import { type AuditEventsPublic, auditEventsPublic } from "../audit/audit-shapes.js";
import { BEARER, principalOf } from "../authentication.js";
import {
  type ErrorDetail,
  type InvitationCreate,
  type InvitationPublic,
  type InvitationsPublic,
  invitationPublic,
  invitationsPublic,
  type MemberPublic,
  type MembersPublic,
  type MemberUpdate,
  memberPublic,
  membersPublic,
  type OrganizationCreate,
  type OrganizationPublic,
  type OrganizationsPublic,
  type OrganizationUpdate,
  organizationPublic,
  organizationsPublic,
} from "../organizations/organization-shapes.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/organizations")
@Tags("organizations")
@Security(BEARER)
@Response<HTTPValidationError>(422, "Validation Error")
@Response<ErrorDetail>(404, "Organization not found: no such organisation, or the caller is not a member")
export class OrganizationsController {
  constructor(
    @inject(ListMyOrganizations) private readonly listMine: ListMyOrganizations,
    @inject(CreateOrganization) private readonly create: CreateOrganization,
    @inject(GetOrganization) private readonly getOne: GetOrganization,
    @inject(RenameOrganization) private readonly rename: RenameOrganization,
    @inject(DeleteOrganization) private readonly remove: DeleteOrganization,
    @inject(ListMembers) private readonly listMembers: ListMembers,
    @inject(ChangeMemberRole) private readonly changeRole: ChangeMemberRole,
    @inject(RemoveMember) private readonly removeMember: RemoveMember,
    @inject(InviteMember) private readonly invite: InviteMember,
    @inject(ListInvitations) private readonly listInvitations: ListInvitations,
    @inject(RevokeInvitation) private readonly revoke: RevokeInvitation,
    @inject(ListOrganizationAuditEvents) private readonly listEvents: ListOrganizationAuditEvents,
  ) {}

  /**
   * The caller's organisations with their role in each, newest first.
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("/")
  public async readOrganizations(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
  ): Promise<OrganizationsPublic> {
    return organizationsPublic(await this.listMine.execute(principalOf(request).actor, { skip, limit }));
  }

  /** Create an organisation; the caller becomes its owner. Its slug comes from the name, made unique. */
  @Post("/")
  public async createOrganization(
    @Request() request: KoaRequest,
    @Body() body: OrganizationCreate,
  ): Promise<OrganizationPublic> {
    const { actor, context } = principalOf(request);
    return organizationPublic(await this.create.execute(actor, body.name, context));
  }

  /** An organisation the caller belongs to. */
  @Get("{org_id}")
  public async readOrganization(@Request() request: KoaRequest, @Path() org_id: UUID): Promise<OrganizationPublic> {
    return organizationPublic(await this.getOne.execute(principalOf(request).actor, org_id));
  }

  /** Rename an organisation (owners). */
  @Patch("{org_id}")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async updateOrganization(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Body() body: OrganizationUpdate,
  ): Promise<OrganizationPublic> {
    const { actor, context } = principalOf(request);
    return organizationPublic(await this.rename.execute(actor, org_id, body.name, context));
  }

  /** Delete an organisation with its memberships and invitations (owners). */
  @Delete("{org_id}")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async deleteOrganization(@Request() request: KoaRequest, @Path() org_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.remove.execute(actor, org_id, context);
    return message("Organization deleted");
  }

  /**
   * The organisation's members, oldest membership first.
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("{org_id}/members")
  public async readMembers(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Query() skip = 0,
    @Query() limit = 100,
  ): Promise<MembersPublic> {
    return membersPublic(await this.listMembers.execute(principalOf(request).actor, org_id, { skip, limit }));
  }

  /** Change a member's role (admins; owners for changes to or from owner); the last owner stays. */
  @Patch("{org_id}/members/{user_id}")
  @Response<ErrorDetail>(400, "An organization needs at least one owner")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async updateMember(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() user_id: UUID,
    @Body() body: MemberUpdate,
  ): Promise<MemberPublic> {
    const { actor, context } = principalOf(request);
    return memberPublic(await this.changeRole.execute(actor, org_id, user_id, body.role, context));
  }

  /** Remove a member (admins; owners to remove an owner), or leave (a member naming themself). */
  @Delete("{org_id}/members/{user_id}")
  @Response<ErrorDetail>(400, "An organization needs at least one owner")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async deleteMember(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() user_id: UUID,
  ): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.removeMember.execute(actor, org_id, user_id, context);
    return message("Member removed");
  }

  /**
   * Invite an address with a role (admins; owners to invite an owner). The e-mail carries a single-use link; a
   * pending invitation of the same address is replaced.
   */
  @Post("{org_id}/invitations")
  @Middlewares(OperationLimits.invitation)
  @Response<ErrorDetail>(403, "Not enough permissions")
  @Response<ErrorDetail>(409, "Already a member")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many invitations from this address or to this address")
  public async createInvitation(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Body() body: InvitationCreate,
  ): Promise<InvitationPublic> {
    const { actor, context } = principalOf(request);
    return invitationPublic(await this.invite.execute(actor, org_id, body, context));
  }

  /** The organisation's pending invitations, newest first (admins). */
  @Get("{org_id}/invitations")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async readInvitations(@Request() request: KoaRequest, @Path() org_id: UUID): Promise<InvitationsPublic> {
    return invitationsPublic(await this.listInvitations.execute(principalOf(request).actor, org_id));
  }

  /** Revoke a pending invitation (admins). */
  @Delete("{org_id}/invitations/{invitation_id}")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async deleteInvitation(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Path() invitation_id: UUID,
  ): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.revoke.execute(actor, org_id, invitation_id, context);
    return message("Invitation revoked");
  }

  /**
   * The organisation's audit log, newest first (admins).
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("{org_id}/audit-events/")
  @Response<ErrorDetail>(403, "Not enough permissions")
  public async readOrganizationAuditEvents(
    @Request() request: KoaRequest,
    @Path() org_id: UUID,
    @Query() skip = 0,
    @Query() limit = 100,
  ): Promise<AuditEventsPublic> {
    return auditEventsPublic(await this.listEvents.execute(principalOf(request).actor, org_id, { skip, limit }));
  }
}
