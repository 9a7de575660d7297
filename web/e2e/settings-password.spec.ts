import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS } from "./support/env.js";
import { randomPassword } from "./support/random.js";
import { logInWithForm, logOut, openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

test("the password is changed and the new one logs in after logout", async ({ page, request }) => {
  const user = await createUser(request);
  const newPassword = randomPassword();
  await openAs(page, user, "/settings");
  await page.getByRole("tab", { name: "Password" }).click();
  for (const testId of ["current-password-input", "new-password-input", "confirm-password-input"]) {
    await expect(page.getByTestId(testId)).toHaveAttribute("placeholder", "••••••••");
  }
  await expect(page.getByLabel("Current Password", { exact: true })).toBeVisible();
  await page.getByTestId("current-password-input").fill(user.password);
  await page.getByTestId("new-password-input").fill(newPassword);
  await page.getByTestId("confirm-password-input").fill(newPassword);
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("Password updated successfully")).toBeVisible();
  await logOut(page);
  await logInWithForm(page, user.email, newPassword);
  expect(await loginStatus(request, user.email, user.password)).toBe(400);
});

test("reusing the current password shows the server's error toast", async ({ page, request, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/users\/me\/password$/);
  const user = await createUser(request);
  await openAs(page, user, "/settings");
  await page.getByRole("tab", { name: "Password" }).click();
  await page.getByTestId("current-password-input").fill(user.password);
  await page.getByTestId("new-password-input").fill(user.password);
  await page.getByTestId("confirm-password-input").fill(user.password);
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("Something went wrong!")).toBeVisible();
  await expect(page.getByText("New password cannot be the same as the current one")).toBeVisible();
});

test("a wrong current password shows the server's error toast", async ({ page, request, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/users\/me\/password$/);
  const user = await createUser(request);
  const newPassword = randomPassword();
  await openAs(page, user, "/settings");
  await page.getByRole("tab", { name: "Password" }).click();
  await page.getByTestId("current-password-input").fill("wrong-current-password");
  await page.getByTestId("new-password-input").fill(newPassword);
  await page.getByTestId("confirm-password-input").fill(newPassword);
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("Incorrect password")).toBeVisible();
  expect(await loginStatus(request, user.email, user.password)).toBe(200);
});

test("the change-password form validates on submit", async ({ page, request }) => {
  const user = await createUser(request);
  await openAs(page, user, "/settings");
  await page.getByRole("tab", { name: "Password" }).click();
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("Password is required").first()).toBeVisible();
  await expect(page.getByText("Password confirmation is required")).toBeVisible();

  await page.getByTestId("current-password-input").fill(user.password);
  await page.getByTestId("new-password-input").fill("short");
  await page.getByTestId("confirm-password-input").fill("short");
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("Password must be at least 8 characters").first()).toBeVisible();

  await page.getByTestId("new-password-input").fill(randomPassword());
  await page.getByTestId("confirm-password-input").fill(randomPassword());
  await page.getByRole("button", { name: "Update Password" }).click();
  await expect(page.getByText("The passwords don't match")).toBeVisible();
});
