import { Navigate, type RouteSectionProps } from "@solidjs/router";
import PanelLeft from "lucide-solid/icons/panel-left";
import { createSignal, Match, Show, Switch } from "solid-js";
import { PageFooter } from "../components/page-footer.js";
import { Sidebar } from "../components/sidebar.js";
import { Button } from "../components/ui/button.js";
import { VerificationBanner } from "../components/verification-banner.js";
import { useSessionStatus } from "../data/browser-session-status.js";
import { t } from "../i18n/index.js";

const wide = (): boolean => window.matchMedia?.("(min-width: 768px)").matches ?? true;

/** The guarded shell of the protected pages (it follows the session: nothing shows until the server has confirmed it; ending it shows `/login`): collapsible sidebar, sticky header, content, footer. */
export default function AppLayout(props: RouteSectionProps) {
  const session = useSessionStatus();
  const [open, setOpen] = createSignal(wide());
  const closeOnSmallScreens = () => {
    if (!wide()) setOpen(false);
  };
  return (
    <Switch>
      <Match when={session() === "ended"}>
        <Navigate href="/login" />
      </Match>
      <Match when={session() === "active"}>
        <div class="flex min-h-screen">
          <Show when={open()}>
            <div class="fixed inset-0 z-40 bg-overlay md:hidden" aria-hidden="true" onClick={() => setOpen(false)} />
            <div class="fixed inset-y-0 left-0 z-50 md:sticky md:top-0 md:h-screen">
              <Sidebar onNavigate={closeOnSmallScreens} />
            </div>
          </Show>
          <div class="flex min-w-0 flex-1 flex-col">
            <header class="sticky top-0 z-30 flex h-16 items-center border-b bg-background px-4">
              <Button
                variant="ghost"
                size="icon"
                aria-label={t("shell.toggleSidebar")}
                aria-expanded={open()}
                onClick={() => setOpen(!open())}
              >
                <PanelLeft class="size-4" aria-hidden="true" />
              </Button>
            </header>
            <VerificationBanner />
            <main class="flex-1 p-4 sm:p-6 md:p-8">{props.children}</main>
            <PageFooter />
          </div>
        </div>
      </Match>
    </Switch>
  );
}
