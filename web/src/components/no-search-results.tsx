import { t } from "../i18n/index.js";
import { Button } from "./ui/button.js";

/** What a table shows when a search matches nothing: the search, and a way back to the whole list. */
export const NoSearchResults = (props: { q: string; onClear: () => void }) => (
  <div class="flex flex-col items-center gap-3">
    <p>{t("table.noResultsFor", { q: props.q })}</p>
    <Button variant="outline" size="sm" onClick={() => props.onClear()}>
      {t("table.clearSearch")}
    </Button>
  </div>
);
