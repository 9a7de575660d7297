import { debounce } from "@solid-primitives/scheduled";
import Search from "lucide-solid/icons/search";
import { createEffect, createSignal, createUniqueId, on } from "solid-js";
import { SEARCH_MAX_LENGTH } from "../data/search-fields.js";
import { t } from "../i18n/index.js";
import { inputClass } from "./ui/text-field.js";

export const SEARCH_DEBOUNCE_MS = 300;

type SearchBoxProps = {
  /** Screen-reader label, e.g. `Search items`. */
  label: string;
  /** What the empty field says; `Search` unless the list searches something narrower. */
  placeholder?: string;
  /** The search in effect (from the URL). */
  value: string;
  onSearch: (q: string) => void;
};

/** A search field that searches once typing pauses (or on Enter), and follows the search when it changes elsewhere. */
export const SearchBox = (props: SearchBoxProps) => {
  const id = createUniqueId();
  const [text, setText] = createSignal(props.value);
  const search = debounce((value: string) => props.onSearch(value.trim()), SEARCH_DEBOUNCE_MS);
  // Our own search comes back as the trimmed text: only a change from elsewhere (back, Clear search) replaces it.
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (value === text().trim()) return;
        search.clear();
        setText(value);
      },
      { defer: true },
    ),
  );
  return (
    <form
      class="relative w-full sm:max-w-xs"
      onSubmit={(event) => {
        event.preventDefault();
        search.clear();
        props.onSearch(text().trim());
      }}
    >
      <label for={id} class="sr-only">
        {props.label}
      </label>
      <Search
        class="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden="true"
      />
      <input
        id={id}
        type="search"
        placeholder={props.placeholder ?? t("table.search")}
        data-testid="search-input"
        maxLength={SEARCH_MAX_LENGTH}
        autocomplete="off"
        class={`${inputClass} pl-9`}
        value={text()}
        onInput={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
      />
    </form>
  );
};
