import { createUniqueId, For } from "solid-js";
import { isLocale, LOCALES, type Locale, locale, localeName, t } from "../../i18n/index.js";
import { selectClass } from "../ui/select-class.js";

/** Settings › My profile: the language of the app (and of the e-mails), each language named in itself. */
export const LanguagePicker = (props: { onChange: (language: Locale) => void }) => {
  const id = createUniqueId();
  return (
    <section class="mt-10 max-w-md" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="mb-1 text-lg font-semibold">
        {t("settings.language")}
      </h2>
      <p id={`${id}-hint`} class="mb-4 text-muted-foreground">
        {t("settings.languageHint")}
      </p>
      <label for={id} class="sr-only">
        {t("settings.language")}
      </label>
      <select
        id={id}
        data-testid="language-select"
        aria-describedby={`${id}-hint`}
        class={selectClass}
        value={locale()}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLocale(chosen)) props.onChange(chosen);
        }}
      >
        <For each={LOCALES}>
          {(language) => (
            <option value={language} lang={language}>
              {localeName(language)}
            </option>
          )}
        </For>
      </select>
    </section>
  );
};
