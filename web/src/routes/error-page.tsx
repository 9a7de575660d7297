import { useNavigate } from "@solidjs/router";
import { buttonClass } from "../components/ui/button-class.js";
import { t } from "../i18n/index.js";

/** Shown when a route fails to render. */
export const ErrorPage = (props: { onHome?: () => void }) => {
  const navigate = useNavigate();
  return (
    <main
      data-testid="error-component"
      class="flex min-h-screen flex-col items-center justify-center gap-4 p-4 text-center"
    >
      <p class="text-6xl font-bold text-primary-hover dark:text-ring">{t("errorPage.title")}</p>
      <h1 class="text-2xl font-bold">{t("errorPage.oops")}</h1>
      <p class="text-muted-foreground">{t("errorPage.text")}</p>
      <button
        type="button"
        class={buttonClass("primary")}
        onClick={() => {
          navigate("/");
          props.onHome?.();
        }}
      >
        {t("errorPage.home")}
      </button>
    </main>
  );
};
