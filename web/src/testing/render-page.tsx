import { createMemoryHistory, MemoryRouter, Route } from "@solidjs/router";
import { render } from "@solidjs/testing-library";
import { QueryClientProvider } from "@tanstack/solid-query";
import userEvent from "@testing-library/user-event";
import type { JSX } from "solid-js";
import { createAppQueryClient } from "../data/query-client.js";

/** Renders a page or component at `location` inside a memory router and a fresh app QueryClient, with user-event. */
export const renderPage = (ui: () => JSX.Element, location = "/") => {
  const client = createAppQueryClient();
  const history = createMemoryHistory();
  history.set({ value: location });
  const user = userEvent.setup();
  const result = render(() => (
    <MemoryRouter
      history={history}
      root={(props) => <QueryClientProvider client={client}>{props.children}</QueryClientProvider>}
    >
      <Route path="*" component={ui} />
    </MemoryRouter>
  ));
  return { ...result, user, history, client };
};
