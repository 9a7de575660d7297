import { Navigate } from "@solidjs/router";
import Plus from "lucide-solid/icons/plus";
import { createSignal, Show } from "solid-js";
import { type Column, DataTable } from "../components/data-table.js";
import { PageHeader } from "../components/page-header.js";
import { Pager } from "../components/pager.js";
import { Badge } from "../components/ui/badge.js";
import { Button } from "../components/ui/button.js";
import { UserActions } from "../components/user-actions.js";
import { UserFormDialog } from "../components/user-form-dialog.js";
import { useCurrentUser } from "../data/current-user.js";
import { createListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { type UsersView, usersQuery } from "../data/users.js";
import { setTitle } from "../lib/title.js";
import type { UserPublic } from "../lib/types.js";

/** `/admin`: user management, for superusers only (others are sent home). */
export default function Admin() {
  setTitle("Admin");
  const me = useCurrentUser();
  const [adding, setAdding] = createSignal(false);
  // Only a superuser may list users: asking before we know would end a regular user's session with a 403.
  const users = createPagedQuery(createListView<UsersView>({}), usersQuery, () => me()?.is_superuser === true);
  const isMe = (user: UserPublic) => user.id === me()?.id;
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
          <UserActions user={user} onDeleted={users.afterDelete} />
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
        title="Users"
        subtitle="Manage user accounts and permissions"
        action={
          <Button onClick={() => setAdding(true)}>
            <Plus class="size-4" aria-hidden="true" /> Add User
          </Button>
        }
      />
      <DataTable columns={columns} rows={users.rows()} loading={users.loading()} footer={<Pager {...users.pager} />} />
      <UserFormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
