import { type RouteSectionProps, useNavigate } from "@solidjs/router";
import { ErrorBoundary, Suspense } from "solid-js";
import { registerNavigate } from "../lib/navigation.js";
import { ErrorPage } from "./error-page.js";

/** The router's root: hands the navigator to the query caches and turns render errors into the Error page. */
export const RootLayout = (props: RouteSectionProps) => {
  registerNavigate(useNavigate());
  return (
    <ErrorBoundary fallback={(_error, reset) => <ErrorPage onHome={reset} />}>
      <Suspense>{props.children}</Suspense>
    </ErrorBoundary>
  );
};
