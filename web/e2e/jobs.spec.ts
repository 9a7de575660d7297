import { expect, type Page, test } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { freePort, type OwnServer, startOwnServer } from "./support/own-server.js";
import { toast } from "./support/toast.js";

test.describe.configure({ timeout: 90_000 });

/** Asks `baseUrl`'s app for a test e-mail, as its first superuser. */
const sendTestEmail = async (page: Page, baseUrl: string, to: string) => {
  const { email: username, password } = e2eEnv.superuser;
  const login = await page.request.post(`${baseUrl}/api/v1/login/access-token`, { form: { username, password } });
  expect(login.status()).toBe(200);
  const token = ((await login.json()) as { access_token: string }).access_token;
  const response = await page.request.post(`${baseUrl}/api/v1/utils/test-email/?email_to=${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(201);
};

test("the Jobs page shows each queue's counts and the e-mails sent", async ({ page }) => {
  await sendTestEmail(page, e2eEnv.baseUrl, "jobs-page@example.com");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  const email = page.getByTestId("queue-email");
  await expect(email).toBeVisible();
  await expect(email.getByText("Completed")).toBeVisible();
  await expect(page.locator("tbody").getByRole("row").filter({ hasText: "email" }).first()).toBeVisible();
  await page.getByLabel("State").selectOption("completed");
  await expect(page).toHaveURL(/state=completed/);
  await expectNoSeriousA11yViolations(page);
});

test.describe("a job that failed for good", () => {
  test.use({ storageState: ANONYMOUS });
  let server: OwnServer;
  let smtpPort: number;
  let smtp: SMTPServer | undefined;
  const received: string[] = [];

  test.beforeAll(async () => {
    // A fresh embedded database takes a while to initialise on a busy machine.
    test.setTimeout(180_000);
    // An app of its own whose SMTP server is down and which tries each job once: its e-mail job fails for good.
    smtpPort = await freePort();
    server = await startOwnServer({
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtpPort),
      SMTP_TLS: "false",
      EMAILS_FROM_EMAIL: "noreply@example.com",
      JOB_MAX_ATTEMPTS: "1",
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  test("is listed first with its error, and Retry sends it once SMTP is back", async ({ page }) => {
    await sendTestEmail(page, server.baseUrl, "retried@example.com");
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId("email-input").fill(e2eEnv.superuser.email);
    await page.getByTestId("password-input").fill(e2eEnv.superuser.password);
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
    await page.goto(`${server.baseUrl}/admin/jobs`);
    const first = page.locator("tbody").getByRole("row").first();
    await expect(first).toContainText("Failed", { timeout: 20_000 });
    await expect(first).toContainText(/Email could not be sent \(E[A-Z]+\)/);
    await expect(page.getByTestId("queue-email")).toContainText("Failed1");

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on("end", () => {
          received.push(...session.envelope.rcptTo.map((recipient) => recipient.address));
          callback();
        });
      },
    });
    const listening = smtp;
    await new Promise<void>((resolve) => listening.listen(smtpPort, "127.0.0.1", resolve));

    await first.getByRole("button", { name: "Retry" }).click();
    await expect(toast(page, "The job was put back in the queue")).toBeVisible();
    await expect(first).toContainText("Completed", { timeout: 20_000 });
    await expect(first.getByRole("cell").nth(2)).toHaveText("2");
    await expect(first.getByRole("button", { name: "Retry" })).toHaveCount(0);
    expect(received).toEqual(["retried@example.com"]);
  });
});
