import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { waitForMailTo } from "./support/mail.js";
import { openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS, viewport: { width: 360, height: 780 } });

/** Opens the sidebar on a narrow screen, where it starts closed. */
async function openSidebar(page: Page): Promise<void> {
  const switcher = page.getByTestId("organization-switcher");
  if (!(await switcher.isVisible())) await page.getByRole("button", { name: "Toggle Sidebar" }).click();
  await expect(switcher).toBeVisible();
}

test("an owner creates an organisation and invites someone, who opens the e-mailed link in another browser", async ({
  page,
  browser,
  consoleGuard,
}) => {
  const owner = await createUser(page.request, { fullName: "Olga Owner" });
  const invitee = await createUser(page.request);
  await openAs(page, owner, "/");
  await openSidebar(page);
  await page.getByTestId("new-organization").click();
  await page.getByTestId("organization-name-input").fill("Acme Rockets");
  await page.getByRole("dialog").getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/settings$/);
  await expect(page.getByRole("heading", { name: "Acme Rockets" })).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, "organization settings");

  await page.getByTestId("invite-member").click();
  await page.getByTestId("invite-email-input").fill(invitee.email);
  await page.getByLabel("Role", { exact: true }).selectOption("admin");
  await page.getByRole("dialog").getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("invitation-row")).toContainText(invitee.email);

  const mail = await waitForMailTo(page.request, invitee.email);
  expect(mail.subject).toBe(`${e2eEnv.projectName} - Invitation to join Acme Rockets`);
  const link = /\/invitations\/accept\?token=[A-Za-z0-9_-]+/.exec(mail.html)?.[0];
  expect(link, "invitation link in the e-mail").toBeDefined();

  const other = await browser.newContext({ baseURL: e2eEnv.baseUrl, storageState: ANONYMOUS });
  const visitor = await other.newPage();
  await visitor.setViewportSize({ width: 360, height: 780 });
  await visitor.goto(link ?? "");
  await expect(visitor.getByTestId("invitation-summary")).toHaveText(
    `${owner.email} invited you to join Acme Rockets as Admin.`,
  );
  await expectNoSeriousA11yViolations(visitor, "accept invitation");
  await visitor.getByRole("link", { name: "Log In" }).click();
  await visitor.getByTestId("email-input").fill(invitee.email);
  await visitor.getByTestId("password-input").fill(invitee.password);
  await visitor.getByRole("button", { name: "Log In" }).click();
  await expect(visitor).toHaveURL(/\/invitations\/accept$/);
  // Accepting needs a verified address; nothing on this branch verifies one, so the refusal is what shows.
  consoleGuard.allow(/status of 403 .* at \S+\/api\/v1\/invitations\/accept$/);
  await visitor.getByTestId("accept-invitation").click();
  await expect(visitor.getByText("Email not verified")).toBeVisible();
  await expect(visitor).toHaveURL(/\/invitations\/accept$/);
  await other.close();

  await page.getByRole("button", { name: `Revoke the invitation of ${invitee.email}` }).click();
  await expect(page.getByText("No pending invitations")).toBeVisible();
});

test("a link that is not a pending invitation says so", async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/invitations\/preview$/);
  await page.goto("/invitations/accept?token=not-a-real-token");
  await expect(page.getByTestId("invitation-invalid")).toHaveText("This invitation is invalid or has expired.");
});
