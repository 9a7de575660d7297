import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { render } from "@solidjs/testing-library";
import { QueryClientProvider } from "@tanstack/solid-query";
import userEvent from "@testing-library/user-event";
import type { JSX } from "solid-js";
import { createAppQueryClient } from "../data/query-client.js";
import AppLayout from "../routes/app-layout.js";
import AuthLayout from "../routes/auth-layout.js";
import Login from "../routes/login.js";
import { RootLayout } from "../routes/root-layout.js";

/** Renders `routes` at `location` inside a memory router and a fresh app QueryClient, with user-event. */
const mount = (location: string, routes: () => JSX.Element) => {
  const client = createAppQueryClient();
  const history = createMemoryHistory();
  history.set({ value: location });
  const user = userEvent.setup();
  const result = render(() => (
    <MemoryRouter
      history={history}
      root={(props) => (
        <QueryClientProvider client={client}>
          <RootLayout {...props} />
        </QueryClientProvider>
      )}
    >
      {routes()}
    </MemoryRouter>
  ));
  return { ...result, user, history, client };
};

/** Renders a page or component at `location` on its own. */
export const renderPage = (ui: () => JSX.Element, location = "/") =>
  mount(location, () => <Route path="*" component={ui} />);

/** Renders a page that reads route parameters, matched by `path` (e.g. `/orgs/:orgId/settings`), at `location`. */
export const renderRoute = (path: string, ui: () => JSX.Element, location: string) =>
  mount(location, () => <Route path={path} component={ui} />);

/** Renders the app's layouts and guards at `location`: `/login` in the auth layout, `pages` in the app layout. */
export const renderApp = (location: string, pages: Record<string, () => JSX.Element>) =>
  mount(location, () => (
    <>
      <Route component={AuthLayout}>
        <Route path="/login" component={Login} />
      </Route>
      <Route component={AppLayout}>
        {Object.entries(pages).map(([path, page]) => (
          <Route path={path} component={page} />
        ))}
      </Route>
    </>
  ));
