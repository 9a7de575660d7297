import { useNavigate } from "@solidjs/router";
import { buttonClass } from "../components/ui/button-class.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";

/** Any unknown path. */
export default function NotFound() {
  const navigate = useNavigate();
  setTitle(t("title.notFound"));
  return (
    <main data-testid="not-found" class="flex min-h-screen flex-col items-center justify-center gap-4 p-4 text-center">
      <p class="text-7xl font-bold text-primary-hover dark:text-ring">404</p>
      <h1 class="text-2xl font-bold">{t("notFound.oops")}</h1>
      <p class="text-muted-foreground">{t("notFound.text")}</p>
      <button type="button" class={buttonClass("primary")} onClick={() => navigate("/")}>
        {t("notFound.back")}
      </button>
    </main>
  );
}
