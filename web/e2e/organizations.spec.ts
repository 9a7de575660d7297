import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { accessToken, createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { invitationPathFrom, verifyPathFrom, waitForMailTo } from "./support/mail.js";
import { createOrganization, invite, verifyEmailOf } from "./support/organizations.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";
import { toast } from "./support/toast.js";

test.use({ storageState: ANONYMOUS, viewport: { width: 360, height: 780 } });

/** Opens the sidebar on a narrow screen, where it starts closed. */
async function openSidebar(page: Page): Promise<void> {
  const switcher = page.getByTestId("organization-switcher");
  if (!(await switcher.isVisible())) await page.getByRole("button", { name: "Toggle Sidebar" }).click();
  await expect(switcher).toBeVisible();
}

/** Opens a tab of the organisation settings and waits for it to be the selected one. */
async function openTab(page: Page, name: "General" | "Members" | "Invitations"): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("tab", { name, selected: true })).toBeVisible();
}

/** A refused organisation request logs the failed request in the console; the test provokes it on purpose. */
const refusedMemberChange = (status: number) =>
  new RegExp(`status of ${status} .* at \\S+/api/v1/organizations/[0-9a-f-]+/members/[0-9a-f-]+$`);

test("an owner invites a new user, who signs up from the e-mailed link, verifies and accepts; the owner re-roles and removes them", async ({
  page,
  browser,
  consoleGuard,
}) => {
  test.slow();
  const owner = await createUser(page.request, { fullName: "Olga Owner" });
  const invitee = { email: randomEmail("invitee"), password: randomPassword() };

  await openAs(page, owner, "/");
  await openSidebar(page);
  await expectNoSeriousA11yViolations(page, "sidebar with the organisation switcher");
  await page.getByTestId("new-organization").click();
  await expect(page.getByRole("dialog", { name: "New organization" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "new organization dialog");
  await page.getByTestId("organization-name-input").fill("Acme Rockets");
  await page.getByRole("dialog").getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/settings$/);
  const settingsUrl = page.url();
  await expect(page.getByRole("heading", { name: "Acme Rockets" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "General", selected: true })).toBeVisible();
  await expect(page.getByTestId("my-organization-role")).toHaveText("Your role: Owner");
  await expectNoSeriousA11yViolations(page, "organization settings, General");

  await page.getByLabel("Name", { exact: true }).fill("Acme Rocket Works");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(toast(page, "Organization renamed")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Acme Rocket Works" })).toBeVisible();

  await openTab(page, "Members");
  await expect(page).toHaveURL(/\?tab=members$/);
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, "organization settings, Members");

  await openTab(page, "Invitations");
  await expect(page.getByText("No pending invitations")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "organization settings, Invitations");
  await page.getByTestId("invite-member").click();
  await expect(page.getByRole("dialog", { name: "Invite member" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "invite member dialog");
  await page.getByTestId("invite-email-input").fill(invitee.email);
  await page.getByLabel("Role", { exact: true }).selectOption("member");
  await page.getByRole("dialog").getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("invitation-row")).toContainText(invitee.email);

  const mail = await waitForMailTo(page.request, invitee.email, "Invitation");
  expect(mail.subject).toBe(`${e2eEnv.projectName} - Invitation to join Acme Rocket Works`);
  const link = invitationPathFrom(mail);

  // The invitee has no account yet and opens the link in a browser of their own.
  const other = await browser.newContext({
    baseURL: e2eEnv.baseUrl,
    storageState: ANONYMOUS,
    viewport: { width: 360, height: 780 },
  });
  consoleGuard.watch(other);
  const visitor = await other.newPage();
  await visitor.goto(link);
  await expect(visitor).toHaveURL(/\/invitations\/accept$/);
  await expect(visitor.getByTestId("invitation-summary")).toHaveText(
    `${owner.email} invited you to join Acme Rocket Works as Member.`,
  );
  await expect(visitor.getByTestId("accept-invitation")).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor, "accept invitation, signed out");

  await visitor.getByRole("link", { name: "Sign Up" }).click();
  await visitor.getByTestId("full-name-input").fill("Ivan Invitee");
  await visitor.getByTestId("email-input").fill(invitee.email);
  await visitor.getByTestId("password-input").fill(invitee.password);
  await visitor.getByTestId("confirm-password-input").fill(invitee.password);
  await visitor.getByRole("button", { name: "Sign Up" }).click();
  await expect(visitor).toHaveURL(/\/login$/);
  await visitor.getByTestId("email-input").fill(invitee.email);
  await visitor.getByTestId("password-input").fill(invitee.password);
  await visitor.getByRole("button", { name: "Log In" }).click();
  await expect(visitor).toHaveURL(/\/invitations\/accept$/);
  await expect(visitor.getByTestId("accept-invitation")).toBeVisible();
  await expectNoSeriousA11yViolations(visitor, "accept invitation, signed in");

  // Accepting needs a proved address: refused first, accepted once the verification link was followed.
  consoleGuard.allow(/status of 403 .* at \S+\/api\/v1\/invitations\/accept$/);
  await visitor.getByTestId("accept-invitation").click();
  await expect(toast(visitor, "Email not verified")).toBeVisible();
  await expect(visitor).toHaveURL(/\/invitations\/accept$/);
  await visitor.goto(verifyPathFrom(await waitForMailTo(page.request, invitee.email, "Verify your email")));
  await visitor.getByRole("button", { name: "Verify my email address" }).click();
  await expect(visitor.getByTestId("verify-email-done")).toBeVisible();

  await visitor.goto(link);
  await visitor.getByTestId("accept-invitation").click();
  await expect(visitor).toHaveURL(settingsUrl);
  await expect(toast(visitor, "You joined the organization")).toBeVisible();
  await expect(visitor.getByTestId("my-organization-role")).toHaveText("Your role: Member");
  await expect(visitor.getByTestId("organization-name")).toHaveText("Acme Rocket Works");
  await expect(visitor.getByRole("tab")).toHaveText(["General", "Members"]);
  await expect(visitor.getByRole("button", { name: "Delete organization" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor, "organization settings as a member");

  // The invitation is spent: the owner's pending list is empty again, and the invitee is a member.
  await page.reload();
  await expect(page.getByText("No pending invitations")).toBeVisible();
  await openTab(page, "Members");
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await page.getByRole("combobox", { name: `Role of ${invitee.email}` }).selectOption("admin");
  await expect(toast(page, "Role changed")).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByTestId("my-organization-role")).toHaveText("Your role: Admin");
  await expect(visitor.getByRole("tab")).toHaveText(["General", "Members", "Invitations"]);
  await other.close();

  await page.getByRole("button", { name: `Remove ${invitee.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(toast(page, "Member removed")).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(1);

  // The last owner cannot leave: the server's refusal is what the owner reads.
  consoleGuard.allow(refusedMemberChange(400));
  await page.getByRole("button", { name: "Leave" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(toast(page, "An organization needs at least one owner")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page).toHaveURL(/\/settings\?tab=members$/);
  await expect(page.getByTestId("member-row")).toHaveCount(1);
});

test("a member invited by e-mail logs in from the link, accepts, and leaves the organisation", async ({ page }) => {
  test.slow();
  const owner = await createUser(page.request, { fullName: "Olga Owner" });
  const member = await createUser(page.request, { fullName: "Mia Member" });
  await verifyEmailOf(page.request, member);
  const ownerToken = await accessToken(page.request, owner.email, owner.password);
  const organization = await createOrganization(page.request, ownerToken, "Leaving Ltd");
  const link = await invite(page.request, ownerToken, organization, member.email, "member");

  await page.goto(link);
  await expect(page.getByTestId("invitation-summary")).toHaveText(
    `${owner.email} invited you to join Leaving Ltd as Member.`,
  );
  await page.getByRole("link", { name: "Log In" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByTestId("email-input").fill(member.email);
  await page.getByTestId("password-input").fill(member.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await expect(page).toHaveURL(/\/invitations\/accept$/);
  await page.getByTestId("accept-invitation").click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${organization.id}/settings$`));

  await openTab(page, "Members");
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Remove ${owner.email}` })).toHaveCount(0);
  await page.getByRole("button", { name: "Leave" }).click();
  await expect(page.getByRole("dialog")).toContainText("You will lose access to this organization.");
  await page.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(toast(page, "You left the organization")).toBeVisible();
  await openSidebar(page);
  await expect(page.getByTestId("organization-switcher").getByRole("option", { name: "Leaving Ltd" })).toHaveCount(0);
});

test("an owner deletes the organisation from the danger zone", async ({ page }) => {
  const owner = await createUser(page.request);
  const ownerToken = await accessToken(page.request, owner.email, owner.password);
  const organization = await createOrganization(page.request, ownerToken, "Short Lived");
  await openAs(page, owner, `/orgs/${organization.id}/settings`);
  await expect(page.getByRole("heading", { name: "Short Lived" })).toBeVisible();
  await page.getByRole("button", { name: "Delete organization" }).click();
  await expect(page.getByRole("dialog")).toContainText("This cannot be undone.");
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(toast(page, "Organization deleted")).toBeVisible();
  await openSidebar(page);
  await expect(page.getByTestId("organization-switcher").getByRole("option", { name: "Short Lived" })).toHaveCount(0);
});

test("a link that is not a pending invitation says so", async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/invitations\/preview$/);
  await page.goto("/invitations/accept?token=not-a-real-token");
  await expect(page.getByTestId("invitation-invalid")).toHaveText("This invitation is invalid or has expired.");
  await expectNoSeriousA11yViolations(page, "an invalid invitation");
});
