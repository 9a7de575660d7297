import Plus from "lucide-solid/icons/plus";
import Search from "lucide-solid/icons/search";
import { createSignal, Show } from "solid-js";
import { CopyId } from "../components/copy-id.js";
import { type Column, DataTable } from "../components/data-table.js";
import { ItemActions } from "../components/item-actions.js";
import { ItemFormDialog } from "../components/item-form-dialog.js";
import { PageHeader } from "../components/page-header.js";
import { Pager } from "../components/pager.js";
import { Button } from "../components/ui/button.js";
import { type ItemsView, itemsQuery } from "../data/items.js";
import { createListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { setTitle } from "../lib/title.js";
import type { ItemPublic } from "../lib/types.js";

/** `/items`: the caller's items (all items for superusers), paged on the server. */
export default function Items() {
  setTitle("Items");
  const [adding, setAdding] = createSignal(false);
  const items = createPagedQuery(createListView<ItemsView>({}), itemsQuery);
  const columns: Column<ItemPublic>[] = [
    { header: "ID", cell: (item) => <CopyId id={item.id} /> },
    { header: "Title", class: "font-medium", cell: (item) => item.title },
    {
      header: "Description",
      class: "max-w-xs truncate text-muted-foreground",
      cell: (item) => (
        <Show when={item.description} fallback={<span class="italic">No description</span>}>
          {item.description}
        </Show>
      ),
    },
    {
      header: "Actions",
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (item) => <ItemActions item={item} onDeleted={items.afterDelete} />,
    },
  ];
  return (
    <>
      <PageHeader
        title="Items"
        subtitle="Create and manage your items"
        action={
          <Button onClick={() => setAdding(true)}>
            <Plus class="size-4" aria-hidden="true" /> Add Item
          </Button>
        }
      />
      <Show
        when={items.loading() || items.count() > 0}
        fallback={
          <div class="flex flex-col items-center justify-center rounded-lg border border-dashed py-16 text-center">
            <div class="mb-4 rounded-full bg-muted p-4">
              <Search class="size-8 text-muted-foreground" aria-hidden="true" />
            </div>
            <h2 class="text-lg font-semibold">You don't have any items yet</h2>
            <p class="text-muted-foreground">Add a new item to get started</p>
          </div>
        }
      >
        <DataTable
          columns={columns}
          rows={items.rows()}
          loading={items.loading()}
          footer={<Pager {...items.pager} />}
        />
      </Show>
      <ItemFormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
