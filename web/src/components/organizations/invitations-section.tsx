import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { invitationsQuery, useInvite, useRevokeInvitation } from "../../data/organizations.js";
import { t } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/date-time.js";
import type { OrganizationRoleName } from "../../lib/types.js";
import { Button } from "../ui/button.js";
import { Dialog } from "../ui/dialog.js";
import { selectClass } from "../ui/select-class.js";
import { FieldShell, TextField } from "../ui/text-field.js";
import { ROLES, roleLabel } from "./role-label.js";

/** Invitations (admins): `Invite member` and the pending ones, each with `Revoke`. */
export const InvitationsSection = (props: { organizationId: string; myRole: OrganizationRoleName }) => {
  const invitations = createQuery(() => invitationsQuery(props.organizationId));
  const invite = useInvite(() => props.organizationId);
  const revoke = useRevokeInvitation(() => props.organizationId);
  const [open, setOpen] = createSignal(false);
  const [email, setEmail] = createSignal("");
  const [role, setRole] = createSignal<OrganizationRoleName>("member");
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    invite.mutate(
      { email: email().trim(), role: role() },
      {
        onSuccess: () => {
          setOpen(false);
          setEmail("");
          setRole("member");
        },
      },
    );
  };
  return (
    <section class="grid gap-3" aria-labelledby="invitations-heading">
      <div class="flex flex-wrap items-center justify-between gap-2">
        <h2 id="invitations-heading" class="text-lg font-semibold">
          {t("orgs.invitations")}
        </h2>
        <Button size="sm" onClick={() => setOpen(true)} data-testid="invite-member">
          {t("orgs.inviteMember")}
        </Button>
      </div>
      <Show
        when={(invitations.data?.data.length ?? 0) > 0}
        fallback={<p class="text-sm text-muted-foreground">{t("orgs.noInvitations")}</p>}
      >
        <ul class="grid divide-y rounded-md border" data-testid="invitations-list">
          <For each={invitations.data?.data ?? []}>
            {(invitation) => (
              <li class="flex flex-wrap items-center gap-2 p-3" data-testid="invitation-row">
                <span class="min-w-0 basis-full truncate text-sm sm:flex-1">{invitation.email}</span>
                <span class="text-sm text-muted-foreground">{roleLabel(invitation.role)}</span>
                <span class="text-xs text-muted-foreground">
                  {t("orgs.expires")} {formatDateTime(invitation.expires_at)}
                </span>
                <Button
                  variant="outline"
                  size="sm"
                  aria-label={t("orgs.revokeOf", { email: invitation.email })}
                  loading={revoke.isPending && revoke.variables === invitation.id}
                  onClick={() => revoke.mutate(invitation.id)}
                >
                  {t("orgs.revoke")}
                </Button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Dialog open={open()} onOpenChange={setOpen} title={t("orgs.inviteMember")} description="">
        <form class="grid gap-4" onSubmit={submit}>
          <TextField
            id="invite-email"
            label={t("orgs.email")}
            type="email"
            value={email()}
            onValue={setEmail}
            required
            testId="invite-email-input"
          />
          <FieldShell id="invite-role" label={t("orgs.role")}>
            <select
              id="invite-role"
              class={`${selectClass} h-9 w-full`}
              value={role()}
              onChange={(event) => setRole(event.currentTarget.value as OrganizationRoleName)}
            >
              <For each={ROLES.filter((one) => one !== "owner" || props.myRole === "owner")}>
                {(one) => <option value={one}>{roleLabel(one)}</option>}
              </For>
            </select>
          </FieldShell>
          <div class="flex justify-end">
            <Button type="submit" loading={invite.isPending}>
              {t("orgs.invite")}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
};
