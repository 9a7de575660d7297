import { Button } from "./ui/button.js";

/** What a table shows when a search matches nothing: the search, and a way back to the whole list. */
export const NoSearchResults = (props: { q: string; onClear: () => void }) => (
  <div class="flex flex-col items-center gap-3">
    <p>No results for "{props.q}"</p>
    <Button variant="outline" size="sm" onClick={() => props.onClear()}>
      Clear search
    </Button>
  </div>
);
