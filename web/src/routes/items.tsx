import Plus from "lucide-solid/icons/plus";
import Search from "lucide-solid/icons/search";
import { createSignal, Show } from "solid-js";
import { CopyId } from "../components/copy-id.js";
import type { Column } from "../components/data-table.js";
import { ItemActions } from "../components/item-actions.js";
import { ItemFormDialog } from "../components/item-form-dialog.js";
import { ListTable } from "../components/list-table.js";
import { PageHeader } from "../components/page-header.js";
import { SearchBox } from "../components/search-box.js";
import { Button } from "../components/ui/button.js";
import { itemsQuery, itemsViewFields } from "../data/items.js";
import { createUrlListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import type { ItemPublic } from "../lib/types.js";

/** `/items`: the caller's items (everyone's for superusers), searched, sorted and paged on the server. */
export default function Items() {
  setTitle(t("title.items"));
  const [adding, setAdding] = createSignal(false);
  const list = createUrlListView(itemsViewFields);
  const items = createPagedQuery(list, itemsQuery);
  const columns: Column<ItemPublic>[] = [
    { header: t("items.id"), cell: (item) => <CopyId id={item.id} /> },
    { header: t("items.title"), class: "font-medium", sort: "title", cell: (item) => item.title },
    {
      header: t("items.description"),
      class: "max-w-xs truncate text-muted-foreground",
      cell: (item) => (
        <Show when={item.description} fallback={<span class="italic">{t("items.noDescription")}</span>}>
          {item.description}
        </Show>
      ),
    },
    {
      header: t("table.actions"),
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (item) => <ItemActions item={item} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={t("items.heading")}
        subtitle={t("items.subtitle")}
        action={
          <Button onClick={() => setAdding(true)}>
            <Plus class="size-4" aria-hidden="true" /> {t("items.add")}
          </Button>
        }
      />
      <div class="mb-4">
        <SearchBox label={t("items.search")} value={list.view.q} onSearch={(q) => list.update({ q })} />
      </div>
      <Show
        when={items.loading() || items.count() > 0 || list.view.q}
        fallback={
          <div class="flex flex-col items-center justify-center rounded-lg border border-dashed py-16 text-center">
            <div class="mb-4 rounded-full bg-muted p-4">
              <Search class="size-8 text-muted-foreground" aria-hidden="true" />
            </div>
            <h2 class="text-lg font-semibold">{t("items.emptyTitle")}</h2>
            <p class="text-muted-foreground">{t("items.emptyText")}</p>
          </div>
        }
      >
        <ListTable columns={columns} list={list} paged={items} />
      </Show>
      <ItemFormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
