import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { accessToken, createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { revertPathFrom, waitForMailTo } from "./support/mail.js";
import { randomEmail } from "./support/random.js";

test.use({ storageState: ANONYMOUS });

test("the owner takes back an address a session thief changed, through the link mailed to the old one", async ({
  page,
  request,
}) => {
  const owner = await createUser(request);
  const stolen = await accessToken(request, owner.email, owner.password);
  const moved = await request.patch(`${e2eEnv.baseUrl}/api/v1/users/me`, {
    headers: { Authorization: `Bearer ${stolen}` },
    data: { email: randomEmail("thief") },
  });
  expect(moved.status()).toBe(200);

  const mail = await waitForMailTo(request, owner.email);
  expect(mail.subject).toBe(`${e2eEnv.projectName} - Your email address was changed`);
  const revertPath = revertPathFrom(mail);

  await page.goto(revertPath);
  await expect(page).toHaveTitle(`Restore Email Address - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Restore Email Address" })).toBeVisible();
  await expect(page).toHaveURL(/\/revert-email$/);
  await expectNoSeriousA11yViolations(page, "/revert-email");
  await page.getByRole("button", { name: "Restore my email address" }).click();
  await expect(page.getByTestId("revert-email-done")).toHaveText(
    "Email address restored; reset your password to sign in",
  );
  await expect(page.getByRole("link", { name: "Reset your password" })).toHaveAttribute("href", /\/recover-password$/);

  const thiefRequest = await request.get(`${e2eEnv.baseUrl}/api/v1/users/me`, {
    headers: { Authorization: `Bearer ${stolen}` },
  });
  expect(thiefRequest.status()).toBe(403);
  expect(await loginStatus(request, owner.email, owner.password)).toBe(200);

  await page.goto(revertPath);
  await page.getByRole("button", { name: "Restore my email address" }).click();
  await expect(page.getByText("Invalid token")).toBeVisible();
});

test("the revert page without a token goes to the login page", async ({ page }) => {
  await page.goto("/revert-email");
  await expect(page).toHaveURL(/\/login$/);
});
