import "./styles.css";
import { Route, Router } from "@solidjs/router";
import { QueryClientProvider } from "@tanstack/solid-query";
import { lazy } from "solid-js";
import { render } from "solid-js/web";
import { Toaster } from "./components/ui/toaster.js";
import { createAppQueryClient } from "./data/query-client.js";
import { localeReady } from "./i18n/index.js";
import { initTheme } from "./lib/theme.js";
import { RootLayout } from "./routes/root-layout.js";

initTheme();
const queryClient = createAppQueryClient();

const AuthLayout = lazy(() => import("./routes/auth-layout.js"));
const OpenLayout = lazy(() => import("./routes/open-layout.js"));
const Login = lazy(() => import("./routes/login.js"));
const Signup = lazy(() => import("./routes/signup.js"));
const RecoverPassword = lazy(() => import("./routes/recover-password.js"));
const ResetPassword = lazy(() => import("./routes/reset-password.js"));
const RevertEmail = lazy(() => import("./routes/revert-email.js"));
const AcceptInvitation = lazy(() => import("./routes/accept-invitation.js"));
const OrganizationSettings = lazy(() => import("./routes/organization-settings.js"));
const VerifyEmail = lazy(() => import("./routes/verify-email.js"));
const AppLayout = lazy(() => import("./routes/app-layout.js"));
const Dashboard = lazy(() => import("./routes/dashboard.js"));
const Items = lazy(() => import("./routes/items.js"));
// resource-generator: pages
const Admin = lazy(() => import("./routes/admin.js"));
const Activity = lazy(() => import("./routes/activity.js"));
const Jobs = lazy(() => import("./routes/jobs.js"));
const Settings = lazy(() => import("./routes/settings.js"));
const NotFound = lazy(() => import("./routes/not-found.js"));

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
// A visitor who reads German sees German from the first paint, not English for the moment its texts take to arrive.
await localeReady;

render(
  () => (
    <QueryClientProvider client={queryClient}>
      <Router root={RootLayout}>
        <Route component={AuthLayout}>
          <Route path="/login" component={Login} />
          <Route path="/signup" component={Signup} />
          <Route path="/recover-password" component={RecoverPassword} />
          <Route path="/reset-password" component={ResetPassword} />
          <Route path="/revert-email" component={RevertEmail} />
        </Route>
        <Route component={OpenLayout}>
          <Route path="/verify-email" component={VerifyEmail} />
        </Route>
        <Route component={AppLayout}>
          <Route path="/" component={Dashboard} />
          <Route path="/items" component={Items} />
          {/* resource-generator: routes */}
          <Route path="/admin" component={Admin} />
          <Route path="/admin/activity" component={Activity} />
          <Route path="/admin/jobs" component={Jobs} />
          <Route path="/settings" component={Settings} />
          <Route path="/orgs/:orgId/settings" component={OrganizationSettings} />
        </Route>
        <Route path="/invitations/accept" component={AcceptInvitation} />
        <Route path="*404" component={NotFound} />
      </Router>
      <Toaster />
    </QueryClientProvider>
  ),
  root,
);
