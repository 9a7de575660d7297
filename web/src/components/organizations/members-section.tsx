import { useNavigate } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { useCurrentUser } from "../../data/current-user.js";
import { membersQuery, useChangeRole, useLeaveOrganization, useRemoveMember } from "../../data/organizations.js";
import { t } from "../../i18n/index.js";
import type { MemberPublic, OrganizationRoleName } from "../../lib/types.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { Button } from "../ui/button.js";
import { selectClass } from "../ui/select-class.js";
import { ROLES, roleAtLeast, roleLabel } from "./role-label.js";

/** Who may change `member`'s role or remove them: admins for members and admins, owners for owners. */
const mayManage = (myRole: OrganizationRoleName, member: MemberPublic): boolean =>
  roleAtLeast(myRole, member.role === "owner" ? "owner" : "admin");

/** Members: each with a role select and `Remove` for those who may, and `Leave` on the caller's own row. */
export const MembersSection = (props: { organizationId: string; myRole: OrganizationRoleName }) => {
  const members = createQuery(() => membersQuery(props.organizationId));
  const me = useCurrentUser();
  const changeRole = useChangeRole(() => props.organizationId);
  const remove = useRemoveMember(() => props.organizationId);
  const leave = useLeaveOrganization(() => props.organizationId);
  const navigate = useNavigate();
  const [removing, setRemoving] = createSignal<MemberPublic | null>(null);
  const leaving = () => removing()?.user_id === me()?.id;
  return (
    <section class="grid gap-3" aria-labelledby="members-heading">
      <h2 id="members-heading" class="text-lg font-semibold">
        {t("orgs.members")}
      </h2>
      <ul class="grid divide-y rounded-md border" data-testid="members-list">
        <For each={members.data?.data ?? []}>
          {(member) => (
            <li class="flex flex-wrap items-center gap-2 p-3" data-testid="member-row">
              <span class="min-w-0 basis-full truncate text-sm sm:flex-1">{member.email}</span>
              <Show
                when={mayManage(props.myRole, member) && member.user_id !== me()?.id}
                fallback={<span class="text-sm text-muted-foreground">{roleLabel(member.role)}</span>}
              >
                <select
                  class={selectClass}
                  aria-label={t("orgs.roleOf", { email: member.email })}
                  value={member.role}
                  onChange={(event) =>
                    changeRole.mutate({
                      userId: member.user_id,
                      role: event.currentTarget.value as OrganizationRoleName,
                    })
                  }
                >
                  <For each={ROLES.filter((role) => role !== "owner" || props.myRole === "owner")}>
                    {(role) => (
                      <option value={role} selected={role === member.role}>
                        {roleLabel(role)}
                      </option>
                    )}
                  </For>
                </select>
              </Show>
              <Show when={member.user_id === me()?.id}>
                <Button variant="outline" size="sm" onClick={() => setRemoving(member)}>
                  {t("orgs.leave")}
                </Button>
              </Show>
              <Show when={member.user_id !== me()?.id && mayManage(props.myRole, member)}>
                <Button
                  variant="outline"
                  size="sm"
                  aria-label={t("orgs.removeOf", { email: member.email })}
                  onClick={() => setRemoving(member)}
                >
                  {t("orgs.remove")}
                </Button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <ConfirmDialog
        open={removing() !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={leaving() ? t("orgs.leave") : t("orgs.remove")}
        description={leaving() ? t("orgs.leaveConfirm") : (removing()?.email ?? "")}
        confirmLabel={leaving() ? t("orgs.leave") : t("orgs.remove")}
        pending={remove.isPending || leave.isPending}
        onConfirm={() => {
          const member = removing();
          if (!member) return;
          if (leaving())
            leave.mutate(member.user_id, { onSuccess: () => navigate("/"), onError: () => setRemoving(null) });
          else remove.mutate(member.user_id, { onSuccess: () => setRemoving(null) });
        }}
      />
    </section>
  );
};
