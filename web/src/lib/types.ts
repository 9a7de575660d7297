import type { components } from "../api/schema.js";

type Schemas = components["schemas"];

export type UserPublic = Schemas["UserPublic"];
export type ItemPublic = Schemas["ItemPublic"];
export type SessionPublic = Schemas["SessionPublic"];
export type PasskeyPublic = Schemas["PasskeyPublic"];
// resource-generator: types
export type AuditEventPublic = Schemas["AuditEventPublic"];
export type AuditActionName = Schemas["AuditActionName"];
export type AuditOutcomeName = Schemas["AuditOutcomeName"];
export type JobPublic = Schemas["JobPublic"];
export type QueueCountsPublic = Schemas["QueueCountsPublic"];
export type OrganizationPublic = Schemas["OrganizationPublic"];
export type MemberPublic = Schemas["MemberPublic"];
export type InvitationPublic = Schemas["InvitationPublic"];
export type OrganizationRoleName = Schemas["OrganizationRoleName"];
