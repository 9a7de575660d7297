import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ADMIN_STATE, e2eEnv } from "./support/env.js";
import { logInWithForm } from "./support/session.js";
import { test as setup } from "./support/test.js";

setup("log in as the first superuser", async ({ page }) => {
  mkdirSync(dirname(ADMIN_STATE), { recursive: true });
  await logInWithForm(page, e2eEnv.superuser.email, e2eEnv.superuser.password);
  await page.context().storageState({ path: ADMIN_STATE });
});
