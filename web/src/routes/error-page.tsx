import { useNavigate } from "@solidjs/router";
import { buttonClass } from "../components/ui/button-class.js";

/** Shown when a route fails to render. */
export const ErrorPage = (props: { onHome?: () => void }) => {
  const navigate = useNavigate();
  return (
    <main
      data-testid="error-component"
      class="flex min-h-screen flex-col items-center justify-center gap-4 p-4 text-center"
    >
      <p class="text-6xl font-bold text-primary-hover dark:text-ring">Error</p>
      <h1 class="text-2xl font-bold">Oops!</h1>
      <p class="text-muted-foreground">Something went wrong. Please try again.</p>
      <button
        type="button"
        class={buttonClass("primary")}
        onClick={() => {
          navigate("/");
          props.onHome?.();
        }}
      >
        Go Home
      </button>
    </main>
  );
};
