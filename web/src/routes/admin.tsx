import { Navigate } from "@solidjs/router";
import { createQuery, keepPreviousData } from "@tanstack/solid-query";
import Plus from "lucide-solid/icons/plus";
import { createSignal, Match, Show, Switch } from "solid-js";
import { type Column, DataTable } from "../components/data-table.js";
import { PageHeader } from "../components/page-header.js";
import { Pager } from "../components/pager.js";
import { Badge } from "../components/ui/badge.js";
import { Button } from "../components/ui/button.js";
import { UserActions } from "../components/user-actions.js";
import { UserFormDialog } from "../components/user-form-dialog.js";
import { api } from "../lib/api.js";
import { createPaging } from "../lib/create-paging.js";
import { useCurrentUser } from "../lib/current-user.js";
import { setTitle } from "../lib/title.js";
import type { UserPublic } from "../lib/types.js";

const UsersTable = (props: { me: UserPublic }) => {
  const paging = createPaging();
  const users = createQuery(() => ({
    queryKey: ["users", { skip: paging.skip(), limit: paging.pageSize() }],
    queryFn: () => api.readUsers({ skip: paging.skip(), limit: paging.pageSize() }),
    placeholderData: keepPreviousData,
  }));
  const isMe = (user: UserPublic) => user.id === props.me.id;
  const columns: Column<UserPublic>[] = [
    {
      header: "Full Name",
      cell: (user) => (
        <span class="flex items-center gap-2">
          <span class={user.full_name ? "font-medium" : "text-muted-foreground"}>{user.full_name || "N/A"}</span>
          <Show when={isMe(user)}>
            <Badge variant="primary">You</Badge>
          </Show>
        </span>
      ),
    },
    { header: "Email", class: "text-muted-foreground", cell: (user) => user.email },
    { header: "Role", cell: (user) => <Badge>{user.is_superuser ? "Superuser" : "User"}</Badge> },
    {
      header: "Status",
      cell: (user) => (
        <span class="flex items-center gap-2">
          <span
            class={`size-2 rounded-full ${user.is_active ? "bg-success" : "bg-muted-foreground"}`}
            aria-hidden="true"
          />
          <span class={user.is_active ? "" : "text-muted-foreground"}>{user.is_active ? "Active" : "Inactive"}</span>
        </span>
      ),
    },
    {
      header: "Actions",
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (user) => (
        <Show when={!isMe(user)}>
          <UserActions user={user} onDeleted={() => paging.afterDelete(users.data?.data.length ?? 0)} />
        </Show>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={users.data?.data}
      loading={users.isPending}
      footer={
        <Pager
          page={paging.page()}
          pageSize={paging.pageSize()}
          count={users.data?.count ?? 0}
          onPage={paging.setPage}
          onPageSize={paging.setPageSize}
        />
      }
    />
  );
};

/** `/admin`: user management, for superusers only (others are sent home). */
export default function Admin() {
  setTitle("Admin");
  const me = useCurrentUser();
  const [adding, setAdding] = createSignal(false);
  return (
    <Switch>
      <Match when={me.data && !me.data.is_superuser}>
        <Navigate href="/" />
      </Match>
      <Match when={me.data}>
        {(user) => (
          <>
            <PageHeader
              title="Users"
              subtitle="Manage user accounts and permissions"
              action={
                <Button onClick={() => setAdding(true)}>
                  <Plus class="size-4" aria-hidden="true" /> Add User
                </Button>
              }
            />
            <UsersTable me={user()} />
            <UserFormDialog open={adding()} onOpenChange={setAdding} />
          </>
        )}
      </Match>
    </Switch>
  );
}
