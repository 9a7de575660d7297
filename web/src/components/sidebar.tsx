import { A } from "@solidjs/router";
import Briefcase from "lucide-solid/icons/briefcase";
import House from "lucide-solid/icons/house";
import ListChecks from "lucide-solid/icons/list-checks";
import ScrollText from "lucide-solid/icons/scroll-text";
import Users from "lucide-solid/icons/users";
import { type JSX, Show } from "solid-js";
import { useCurrentUser } from "../data/current-user.js";
import { t } from "../i18n/index.js";
import { OrganizationSwitcher, useCurrentOrganizationId } from "./organizations/organization-switcher.js";
import { ThemeMenu } from "./theme-menu.js";
import { Logo } from "./ui/logo.js";
import { UserMenu } from "./user-menu.js";

const NavLink = (props: {
  href: string;
  end?: boolean;
  icon: JSX.Element;
  children: JSX.Element;
  onClick?: () => void;
}) => (
  <A
    href={props.href}
    end={props.end}
    class="flex items-center gap-3 rounded-md px-2 py-2 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
    activeClass="bg-accent font-medium"
    onClick={() => props.onClick?.()}
  >
    {props.icon}
    {props.children}
  </A>
);

/**
 * A link to a page of the organisation open in the switcher (`/orgs/{id}/<path>`), shown only while one is: the
 * sidebar entry of an organisation-scoped resource.
 */
export const OrganizationNavLink = (props: {
  path: string;
  icon: JSX.Element;
  children: JSX.Element;
  onClick?: () => void;
}) => {
  const organizationId = useCurrentOrganizationId();
  return (
    <Show when={organizationId()}>
      {(id) => (
        <NavLink href={`/orgs/${id()}/${props.path}`} onClick={props.onClick} icon={props.icon}>
          {props.children}
        </NavLink>
      )}
    </Show>
  );
};

/** The app's navigation column: logo, links, appearance and account menus. */
export const Sidebar = (props: { onNavigate?: () => void }) => {
  const user = useCurrentUser();
  return (
    <aside class="flex h-full w-64 flex-col border-r bg-sidebar p-2" aria-label={t("shell.sidebar")}>
      <A href="/" class="mb-4 rounded-md px-2 pt-2 focus-visible:outline-2 focus-visible:outline-ring">
        <Logo class="[&_span]:text-lg" />
      </A>
      <OrganizationSwitcher onNavigate={props.onNavigate} />
      <nav aria-label={t("shell.mainNavigation")} class="grid gap-1">
        <NavLink href="/" end onClick={props.onNavigate} icon={<House class="size-4" aria-hidden="true" />}>
          {t("shell.dashboard")}
        </NavLink>
        <NavLink href="/items" onClick={props.onNavigate} icon={<Briefcase class="size-4" aria-hidden="true" />}>
          {t("shell.items")}
        </NavLink>
        {/* resource-generator: sidebar */}
        <Show when={user()?.is_superuser}>
          <NavLink href="/admin" end onClick={props.onNavigate} icon={<Users class="size-4" aria-hidden="true" />}>
            {t("shell.admin")}
          </NavLink>
          <NavLink
            href="/admin/activity"
            onClick={props.onNavigate}
            icon={<ScrollText class="size-4" aria-hidden="true" />}
          >
            {t("shell.activity")}
          </NavLink>
          <NavLink
            href="/admin/jobs"
            onClick={props.onNavigate}
            icon={<ListChecks class="size-4" aria-hidden="true" />}
          >
            Jobs
          </NavLink>
        </Show>
      </nav>
      <div class="mt-auto grid gap-1">
        <ThemeMenu variant="sidebar" />
        <UserMenu />
      </div>
    </aside>
  );
};
