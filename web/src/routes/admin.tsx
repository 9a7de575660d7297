import { Navigate } from "@solidjs/router";
import Plus from "lucide-solid/icons/plus";
import { createSignal, Show } from "solid-js";
import type { Column } from "../components/data-table.js";
import { FilterSelect } from "../components/filter-select.js";
import { ListTable } from "../components/list-table.js";
import { PageHeader } from "../components/page-header.js";
import { SearchBox } from "../components/search-box.js";
import { Badge } from "../components/ui/badge.js";
import { Button } from "../components/ui/button.js";
import { UserActions } from "../components/user-actions.js";
import { UserFormDialog } from "../components/user-form-dialog.js";
import { useCurrentUser } from "../data/current-user.js";
import { createUrlListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { usersQuery, usersViewFields } from "../data/users.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import type { UserPublic } from "../lib/types.js";

const statuses = [
  ["true", () => t("users.active")],
  ["false", () => t("users.inactive")],
] as const;
const roles = [
  ["superuser", () => t("users.superuser")],
  ["user", () => t("users.user")],
] as const;

/** `/admin`: user management, searched, sorted and filtered on the server, for superusers only (others go home). */
export default function Admin() {
  setTitle(t("title.admin"));
  const me = useCurrentUser();
  const [adding, setAdding] = createSignal(false);
  // Only a superuser may list users: asking before we know would end a regular user's session with a 403.
  const list = createUrlListView(usersViewFields);
  const users = createPagedQuery(list, usersQuery, () => me()?.is_superuser === true);
  const isMe = (user: UserPublic) => user.id === me()?.id;
  const columns: Column<UserPublic>[] = [
    {
      header: t("users.fullName"),
      sort: "full_name",
      cell: (user) => (
        <span class="flex items-center gap-2">
          <span class={user.full_name ? "font-medium" : "text-muted-foreground"}>
            {user.full_name || t("users.notAvailable")}
          </span>
          <Show when={isMe(user)}>
            <Badge variant="primary">{t("users.you")}</Badge>
          </Show>
        </span>
      ),
    },
    { header: t("users.email"), class: "text-muted-foreground", sort: "email", cell: (user) => user.email },
    {
      header: t("users.role"),
      cell: (user) => <Badge>{user.is_superuser ? t("users.superuser") : t("users.user")}</Badge>,
    },
    {
      header: t("users.status"),
      cell: (user) => (
        <span class="flex items-center gap-2">
          <span
            class={`size-2 rounded-full ${user.is_active ? "bg-success" : "bg-muted-foreground"}`}
            aria-hidden="true"
          />
          <span class={user.is_active ? "" : "text-muted-foreground"}>
            {user.is_active ? t("users.active") : t("users.inactive")}
          </span>
        </span>
      ),
    },
    {
      header: t("table.actions"),
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (user) => (
        <Show when={!isMe(user)}>
          <UserActions user={user} />
        </Show>
      ),
    },
  ];
  return (
    <>
      <Show when={me()?.is_superuser === false}>
        <Navigate href="/" />
      </Show>
      <PageHeader
        title={t("users.heading")}
        subtitle={t("users.subtitle")}
        action={
          <Button onClick={() => setAdding(true)}>
            <Plus class="size-4" aria-hidden="true" /> {t("users.add")}
          </Button>
        }
      />
      <div class="mb-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <SearchBox label={t("users.search")} value={list.view.q} onSearch={(q) => list.update({ q })} />
        <FilterSelect
          label={t("users.status")}
          value={list.view.active}
          options={statuses}
          onChange={(active) => list.update({ active })}
        />
        <FilterSelect
          label={t("users.role")}
          value={list.view.role}
          options={roles}
          onChange={(role) => list.update({ role })}
        />
      </div>
      <ListTable columns={columns} list={list} paged={users} />
      <UserFormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
