import { Show } from "solid-js";
import { useCurrentUser } from "../data/current-user.js";
import { setTitle } from "../lib/title.js";

/** `/`: a greeting. */
export default function Dashboard() {
  setTitle("Dashboard");
  const user = useCurrentUser();
  return (
    <div>
      <Show when={user()}>{(me) => <h1 class="text-2xl">Hi, {me().full_name || me().email} 👋</h1>}</Show>
      <p class="text-muted-foreground">Welcome back, nice to see you again!!!</p>
    </div>
  );
}
