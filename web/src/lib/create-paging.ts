import { createSignal } from "solid-js";

/** Page number (1-based) and page size of a server-side paged table, with its skip/limit. */
export const createPaging = (defaultSize = 10) => {
  const [page, setPage] = createSignal(1);
  const [pageSize, setPageSizeSignal] = createSignal(defaultSize);
  const setPageSize = (size: number): void => {
    setPageSizeSignal(size);
    setPage(1);
  };
  const skip = (): number => (page() - 1) * pageSize();
  /** After a row is deleted: step back when it was the only row on a later page. */
  const afterDelete = (rowsOnPage: number): void => {
    if (rowsOnPage <= 1 && page() > 1) setPage(page() - 1);
  };
  return { page, setPage, pageSize, setPageSize, skip, afterDelete };
};
