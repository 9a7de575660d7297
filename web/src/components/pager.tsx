import ChevronLeft from "lucide-solid/icons/chevron-left";
import ChevronRight from "lucide-solid/icons/chevron-right";
import ChevronsLeft from "lucide-solid/icons/chevrons-left";
import ChevronsRight from "lucide-solid/icons/chevrons-right";
import { createUniqueId, For, type JSX, Show } from "solid-js";
import { PAGE_SIZES } from "../data/list-view.js";
import { t } from "../i18n/index.js";
import { formatNumber } from "../lib/date-time.js";
import { Button } from "./ui/button.js";
import { selectClass } from "./ui/select-class.js";

export type PagerProps = {
  /** 1-based page number. */
  page: number;
  pageSize: number;
  count: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
};

const PageButton = (props: { label: string; disabled: boolean; onClick: () => void; children: JSX.Element }) => (
  <Button variant="outline" size="icon" class="size-8" disabled={props.disabled} onClick={() => props.onClick()}>
    <span class="sr-only">{props.label}</span>
    {props.children}
  </Button>
);

/** Server-side paging control; rendered only when there is more than one page. */
export const Pager = (props: PagerProps) => {
  const selectId = createUniqueId();
  const pageCount = () => Math.max(1, Math.ceil(props.count / props.pageSize));
  const first = () => (props.page - 1) * props.pageSize + 1;
  const last = () => Math.min(props.page * props.pageSize, props.count);
  return (
    <Show when={pageCount() > 1}>
      <nav
        aria-label={t("table.pagination")}
        class="flex flex-col gap-4 px-2 py-4 text-sm sm:flex-row sm:items-center sm:justify-between"
      >
        <p class="text-muted-foreground">
          {t("table.showing", {
            first: formatNumber(first()),
            last: formatNumber(last()),
            count: formatNumber(props.count),
          })}
        </p>
        <div class="flex flex-wrap items-center gap-4 sm:gap-6">
          <div class="flex items-center gap-2">
            <label for={selectId} class="font-medium">
              {t("table.rowsPerPage")}
            </label>
            <select
              id={selectId}
              class={selectClass}
              value={String(props.pageSize)}
              onChange={(event) => props.onPageSize(Number(event.currentTarget.value))}
            >
              <For each={PAGE_SIZES}>{(size) => <option value={String(size)}>{size}</option>}</For>
            </select>
          </div>
          <p class="font-medium" aria-live="polite">
            {t("table.pageOf", { page: formatNumber(props.page), pages: formatNumber(pageCount()) })}
          </p>
          <div class="flex items-center gap-2">
            <PageButton label={t("table.firstPage")} disabled={props.page <= 1} onClick={() => props.onPage(1)}>
              <ChevronsLeft class="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton
              label={t("table.previousPage")}
              disabled={props.page <= 1}
              onClick={() => props.onPage(props.page - 1)}
            >
              <ChevronLeft class="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton
              label={t("table.nextPage")}
              disabled={props.page >= pageCount()}
              onClick={() => props.onPage(props.page + 1)}
            >
              <ChevronRight class="size-4" aria-hidden="true" />
            </PageButton>
            <PageButton
              label={t("table.lastPage")}
              disabled={props.page >= pageCount()}
              onClick={() => props.onPage(pageCount())}
            >
              <ChevronsRight class="size-4" aria-hidden="true" />
            </PageButton>
          </div>
        </div>
      </nav>
    </Show>
  );
};
