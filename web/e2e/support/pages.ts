import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { sampleInvitationPath, sampleOrganizationPath } from "./sample-organization.js";

/**
 * One screen of the app: where it is (or how to find out, from the sample data), who sees it and how to bring it up
 * once the path is open.
 */
export interface Screen {
  name: string;
  path: string | ((request: APIRequestContext) => Promise<string>);
  loggedIn: boolean;
  ready: (page: Page) => Promise<void>;
}

/** Opens `screen`'s path (a screen of the sample organisation needs the sample data: `seedSampleData`). */
export async function openScreen(page: Page, request: APIRequestContext, screen: Screen): Promise<void> {
  await page.goto(typeof screen.path === "string" ? screen.path : await screen.path(request));
}

const heading = (name: string) => async (page: Page) => {
  await expect(page.getByRole("heading", { name, exact: true }).first()).toBeVisible();
};

/** Waits for a list page's heading and for its table to hold its answer (rows, no results, or the empty state). */
const listReady = (name: string) => async (page: Page) => {
  await heading(name)(page);
  await expect(page.locator('table[aria-busy="true"]')).toHaveCount(0);
};

/** Opens the sidebar where it starts closed (a narrow screen), and waits for the organisation switcher in it. */
const openSidebar = async (page: Page) => {
  const toggle = page.getByRole("button", { name: "Toggle Sidebar" });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
  await expect(page.getByTestId("organization-switcher")).toBeVisible();
};

/** Waits for a tab of the sample organisation's settings to be the open one, with its content loaded. */
const organizationTab = (tab: string, loaded: (page: Page) => Promise<void>) => async (page: Page) => {
  await heading("Northwind Labs")(page);
  await expect(page.getByRole("tab", { name: tab, selected: true })).toBeVisible();
  await loaded(page);
};

/** Every page of the app (and its dialogs, the event drawer and the open sidebar) in the order the docs show them. */
export const screens: Screen[] = [
  { name: "login", path: "/login", loggedIn: false, ready: heading("Login to your account") },
  { name: "signup", path: "/signup", loggedIn: false, ready: heading("Create an account") },
  { name: "recover-password", path: "/recover-password", loggedIn: false, ready: heading("Password Recovery") },
  { name: "reset-password", path: "/reset-password?token=example", loggedIn: false, ready: heading("Reset Password") },
  { name: "verify-email", path: "/verify-email?token=example", loggedIn: false, ready: heading("Verify Email") },
  {
    name: "dashboard",
    path: "/",
    loggedIn: true,
    ready: async (page) => {
      await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
    },
  },
  { name: "items", path: "/items", loggedIn: true, ready: heading("Items") },
  {
    name: "items-add-dialog",
    path: "/items",
    loggedIn: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Add Item" }).click();
      await expect(page.getByRole("dialog").getByText("Fill in the details to add a new item.")).toBeVisible();
    },
  },
  { name: "items-search", path: "/items?q=re", loggedIn: true, ready: listReady("Items") },
  { name: "items-no-results", path: "/items?q=nothing%20like%20this", loggedIn: true, ready: listReady("Items") },
  { name: "items-sorted", path: "/items?sort=title&order=asc", loggedIn: true, ready: listReady("Items") },
  { name: "admin", path: "/admin", loggedIn: true, ready: heading("Users") },
  {
    name: "admin-add-user-dialog",
    path: "/admin",
    loggedIn: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Add User" }).click();
      await expect(
        page.getByRole("dialog").getByText("Fill in the form below to add a new user to the system."),
      ).toBeVisible();
    },
  },
  { name: "admin-filtered", path: "/admin?active=true&role=superuser", loggedIn: true, ready: listReady("Users") },
  { name: "activity", path: "/admin/activity", loggedIn: true, ready: listReady("Activity") },
  {
    name: "activity-details",
    path: "/admin/activity",
    loggedIn: true,
    ready: async (page) => {
      await listReady("Activity")(page);
      await page.getByRole("button", { name: "View details" }).first().click();
      await expect(page.getByRole("dialog", { name: "Event details" }).getByTestId("event-details")).toBeVisible();
    },
  },
  { name: "settings", path: "/settings", loggedIn: true, ready: heading("User Settings") },
  {
    name: "settings-sessions",
    path: "/settings",
    loggedIn: true,
    ready: async (page) => {
      await page.getByTestId("sessions-tab").click();
      await expect(page.getByTestId("session-row").first()).toBeVisible();
      await expect(page.getByTestId("security-event").first()).toBeVisible();
    },
  },
  {
    name: "settings-security-activity",
    path: "/settings",
    loggedIn: true,
    ready: async (page) => {
      await page.getByTestId("sessions-tab").click();
      await expect(page.getByTestId("security-event").first()).toBeVisible();
      await page.getByRole("heading", { name: "Recent security activity" }).scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById("security-activity-heading")?.scrollIntoView());
    },
  },
  {
    name: "settings-security",
    path: "/settings",
    loggedIn: true,
    ready: async (page) => {
      await page.getByTestId("security-tab").click();
      await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Passkeys" })).toBeVisible();
    },
  },
  {
    name: "organization-new-dialog",
    path: "/",
    loggedIn: true,
    ready: async (page) => {
      await openSidebar(page);
      await page.getByTestId("new-organization").click();
      await expect(page.getByRole("dialog").getByTestId("organization-name-input")).toBeVisible();
    },
  },
  {
    name: "organization-settings",
    path: (request) => sampleOrganizationPath(request),
    loggedIn: true,
    ready: organizationTab("General", async (page) => {
      await expect(page.getByRole("button", { name: "Delete organization" })).toBeVisible();
    }),
  },
  {
    name: "organization-settings-members",
    path: (request) => sampleOrganizationPath(request, "members"),
    loggedIn: true,
    ready: organizationTab("Members", async (page) => {
      await expect(page.getByTestId("member-row")).toHaveCount(3);
    }),
  },
  {
    name: "organization-settings-invitations",
    path: (request) => sampleOrganizationPath(request, "invitations"),
    loggedIn: true,
    ready: organizationTab("Invitations", async (page) => {
      await expect(page.getByTestId("invitation-row")).toHaveCount(2);
    }),
  },
  {
    name: "organization-invite-dialog",
    path: (request) => sampleOrganizationPath(request, "invitations"),
    loggedIn: true,
    ready: organizationTab("Invitations", async (page) => {
      await page.getByTestId("invite-member").click();
      await expect(page.getByRole("dialog").getByTestId("invite-email-input")).toBeVisible();
    }),
  },
  {
    name: "accept-invitation",
    path: sampleInvitationPath,
    loggedIn: false,
    ready: async (page) => {
      await expect(page.getByTestId("invitation-summary")).toContainText(
        "invited you to join Northwind Labs as Member.",
      );
    },
  },
  {
    name: "navigation",
    path: "/",
    loggedIn: true,
    ready: async (page) => {
      const nav = page.getByRole("navigation", { name: "Main" });
      const toggle = page.getByRole("button", { name: "Toggle Sidebar" });
      await expect(toggle).toBeVisible();
      // A narrow screen starts with the sidebar closed: it opens as a drawer over the page.
      if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
      await expect(nav.getByRole("link", { name: "Items" })).toBeVisible();
    },
  },
  {
    name: "not-found",
    path: "/no-such-page",
    loggedIn: true,
    ready: async (page) => {
      await expect(page.getByTestId("not-found")).toBeVisible();
    },
  },
];
