import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import type { OrganizationRoleName } from "../lib/types.js";
import { api } from "./api.js";
import { queryKeys } from "./query-keys.js";

/** A 403 from these endpoints is a missing role, not an ended session. */
const meta = { forbiddenIsRefusal: true };

export const myOrganizationsQuery = () =>
  queryOptions({ queryKey: queryKeys.organizations.mine, queryFn: () => api.readOrganizations({ limit: 1000 }), meta });

export const organizationQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.organizations.one(id),
    queryFn: () => api.readOrganization({ org_id: id }),
    meta,
  });

export const membersQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.organizations.members(id),
    queryFn: () => api.readMembers({ org_id: id, limit: 1000 }),
    meta,
  });

export const invitationsQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.organizations.invitations(id),
    queryFn: () => api.readInvitations({ org_id: id }),
    meta,
  });

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: () => api.previewInvitation({ token }),
    meta,
    throwOnError: false,
  });

/**
 * A change to organisations, refreshing what they show. After one that ends the caller's access (deleting the
 * organisation, leaving it), only their list of organisations is read again: the open one's pages would answer 404.
 */
const useOrganizationMutation = <A, R>(run: (args: A) => Promise<R>, done: () => string, endsAccess = false) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: run,
    meta,
    onSuccess: () => showSuccess(done()),
    onSettled: (_result, error) =>
      client.invalidateQueries({
        queryKey: endsAccess && !error ? queryKeys.organizations.mine : queryKeys.organizations.all,
      }),
  }));
};

export const useCreateOrganization = () =>
  useOrganizationMutation(
    (name: string) => api.createOrganization({ name }),
    () => t("orgs.created"),
  );

export const useRenameOrganization = (id: () => string) =>
  useOrganizationMutation(
    (name: string) => api.updateOrganization({ org_id: id(), name }),
    () => t("orgs.renamed"),
  );

export const useDeleteOrganization = (id: () => string) =>
  useOrganizationMutation(
    () => api.deleteOrganization({ org_id: id() }),
    () => t("orgs.deleted"),
    true,
  );

export const useChangeRole = (id: () => string) =>
  useOrganizationMutation(
    (change: { userId: string; role: OrganizationRoleName }) =>
      api.updateMember({ org_id: id(), user_id: change.userId, role: change.role }),
    () => t("orgs.roleChanged"),
  );

export const useRemoveMember = (id: () => string) =>
  useOrganizationMutation(
    (userId: string) => api.deleteMember({ org_id: id(), user_id: userId }),
    () => t("orgs.memberRemoved"),
  );

/** The caller leaves the organisation (the same request as removing them). */
export const useLeaveOrganization = (id: () => string) =>
  useOrganizationMutation(
    (myId: string) => api.deleteMember({ org_id: id(), user_id: myId }),
    () => t("orgs.left"),
    true,
  );

export const useInvite = (id: () => string) =>
  useOrganizationMutation(
    (invitation: { email: string; role: OrganizationRoleName }) =>
      api.createInvitation({ org_id: id(), ...invitation }),
    () => t("orgs.invitationSent"),
  );

export const useRevokeInvitation = (id: () => string) =>
  useOrganizationMutation(
    (invitationId: string) => api.deleteInvitation({ org_id: id(), invitation_id: invitationId }),
    () => t("orgs.invitationRevoked"),
  );

export const useAcceptInvitation = () =>
  useOrganizationMutation(
    (token: string) => api.acceptInvitation({ token }),
    () => t("orgs.invitationAccepted"),
  );
