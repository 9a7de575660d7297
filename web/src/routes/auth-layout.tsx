import { Navigate, type RouteSectionProps } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { AuthFrame } from "../components/auth-frame.js";
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
        <AuthFrame>{props.children}</AuthFrame>
      </Match>
    </Switch>
  );
}
