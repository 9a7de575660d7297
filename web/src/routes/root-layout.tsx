import type { RouteSectionProps } from "@solidjs/router";
import { ErrorBoundary, Suspense } from "solid-js";
import { ErrorPage } from "./error-page.js";

/** The router's root: turns render errors into the Error page. */
export const RootLayout = (props: RouteSectionProps) => {
  return (
    <ErrorBoundary fallback={(_error, reset) => <ErrorPage onHome={reset} />}>
      <Suspense>{props.children}</Suspense>
    </ErrorBoundary>
  );
};
