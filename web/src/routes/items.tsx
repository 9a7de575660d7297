import { createQuery, keepPreviousData } from "@tanstack/solid-query";
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
import { api } from "../lib/api.js";
import { createPaging } from "../lib/create-paging.js";
import { setTitle } from "../lib/title.js";
import type { ItemPublic } from "../lib/types.js";

/** `/items`: the caller's items (all items for superusers), paged on the server. */
export default function Items() {
  setTitle("Items");
  const paging = createPaging();
  const [adding, setAdding] = createSignal(false);
  const items = createQuery(() => ({
    queryKey: ["items", { skip: paging.skip(), limit: paging.pageSize() }],
    queryFn: () => api.readItems({ skip: paging.skip(), limit: paging.pageSize() }),
    placeholderData: keepPreviousData,
  }));
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
      cell: (item) => <ItemActions item={item} onDeleted={() => paging.afterDelete(items.data?.data.length ?? 0)} />,
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
        when={items.isPending || (items.data?.count ?? 0) > 0}
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
          rows={items.data?.data}
          loading={items.isPending}
          footer={
            <Pager
              page={paging.page()}
              pageSize={paging.pageSize()}
              count={items.data?.count ?? 0}
              onPage={paging.setPage}
              onPageSize={paging.setPageSize}
            />
          }
        />
      </Show>
      <ItemFormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
