import { Navigate, type RouteSectionProps } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { PageFooter } from "../components/page-footer.js";
import { ThemeMenu } from "../components/theme-menu.js";
import { Logo } from "../components/ui/logo.js";
import { useSessionStatus } from "../data/browser-session-status.js";
import { takeReturnPath } from "../lib/return-path.js";

/** Public pages (it follows the session: starting one goes to `/`): brand panel on the left, theme button, centred form and footer on the right. */
export default function AuthLayout(props: RouteSectionProps) {
  const session = useSessionStatus();
  return (
    <Switch>
      <Match when={session() === "active"}>
        <Navigate href={takeReturnPath() ?? "/"} />
      </Match>
      <Match when={session() === "ended"}>
        <div class="grid min-h-screen lg:grid-cols-2">
          <aside class="hidden items-center justify-center bg-sidebar lg:flex">
            <Logo class="scale-150" />
          </aside>
          <div class="flex flex-col p-6 md:p-10">
            <div class="flex justify-end">
              <ThemeMenu variant="icon" />
            </div>
            <main class="flex flex-1 items-center justify-center py-8">
              <div class="w-full max-w-xs">{props.children}</div>
            </main>
            <PageFooter />
          </div>
        </div>
      </Match>
    </Switch>
  );
}
