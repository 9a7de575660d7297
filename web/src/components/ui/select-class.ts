/** A native `<select>` in the app's look (the pager's page size, the list filters). */
export const selectClass =
  "h-8 min-w-0 max-w-full rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-2 focus-visible:outline-ring";
