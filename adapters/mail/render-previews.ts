import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { resetLink, verifyEmailLink } from "./reset-link.js";
import {
  renderEmailChangedEmail,
  renderNewAccountEmail,
  renderPasswordChangedEmail,
  renderPasswordResetEmail,
  renderTestEmail,
  renderVerifyEmailEmail,
} from "./templates/index.js";

// Renders each e-mail in headless Chromium and saves a screenshot under docs/email/.
// Run: npx tsx adapters/mail/render-previews.ts   (CHROMIUM_PATH overrides the browser; default /usr/bin/chromium
// when present, else Playwright's own download from `npx playwright install chromium`).

const projectName = "Aygentic Starter";
const frontendHost = "http://localhost:5173";
const token =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbmFAZXhhbXBsZS5jb20iLCJwdXJwb3NlIjoicmVzZXQifQ.3v8n1QkX";
const emails = {
  "password-reset": renderPasswordResetEmail({
    projectName,
    email: "ana@example.com",
    link: resetLink(frontendHost, token),
    validHours: 48,
  }),
  "new-account": renderNewAccountEmail({ projectName, email: "new.user@example.com", link: frontendHost }),
  "test-email": renderTestEmail({ projectName, email: "ops@example.com" }),
  "password-changed": renderPasswordChangedEmail({
    projectName,
    email: "ana@example.com",
    changedAt: new Date("2026-11-30T09:41:00Z"),
    recoveryLink: `${frontendHost}/recover-password`,
  }),
  "email-changed": renderEmailChangedEmail({
    projectName,
    oldEmail: "ana@example.com",
    newEmail: "ana.new@example.org",
    revertLink: `${frontendHost}/revert-email?token=preview-token`,
  }),
  "verify-email": renderVerifyEmailEmail({
    projectName,
    email: "ana@example.com",
    link: verifyEmailLink(frontendHost, "preview-token"),
    validHours: 48,
  }),
};

const outputDir = fileURLToPath(new URL("../../docs/email/", import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

await mkdir(outputDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args });
try {
  const page = await browser.newPage({ viewport: { width: 720, height: 200 } });
  // Any request the e-mail would make (an external image, a font) fails the preview instead of loading.
  await page.route("**/*", (route) => route.abort());
  for (const [name, email] of Object.entries(emails)) {
    await page.setContent(email.html, { waitUntil: "load" });
    await page.screenshot({ path: `${outputDir}${name}.png`, fullPage: true });
    console.log(`${name}.png  subject: ${email.subject}`);
  }
} finally {
  await browser.close();
}
