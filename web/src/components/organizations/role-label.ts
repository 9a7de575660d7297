import { t } from "../../i18n/index.js";
import type { OrganizationRoleName } from "../../lib/types.js";

export const ROLES: OrganizationRoleName[] = ["member", "admin", "owner"];

export const roleLabel = (role: OrganizationRoleName): string =>
  ({ owner: t("orgs.roleOwner"), admin: t("orgs.roleAdmin"), member: t("orgs.roleMember") })[role];

const RANK: Record<OrganizationRoleName, number> = { member: 1, admin: 2, owner: 3 };

export const roleAtLeast = (role: OrganizationRoleName | undefined, needed: OrganizationRoleName): boolean =>
  role !== undefined && RANK[role] >= RANK[needed];
