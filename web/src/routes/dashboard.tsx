import { useCurrentUser } from "../lib/current-user.js";
import { setTitle } from "../lib/title.js";

/** `/`: a greeting. */
export default function Dashboard() {
  setTitle("Dashboard");
  const user = useCurrentUser();
  return (
    <div>
      <h1 class="text-2xl">Hi, {user.data?.full_name || user.data?.email} 👋</h1>
      <p class="text-muted-foreground">Welcome back, nice to see you again!!!</p>
    </div>
  );
}
