import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  renderEmailChangedEmail,
  renderInvitationEmail,
  renderNewAccountEmail,
  renderPasswordChangedEmail,
  renderPasswordResetEmail,
  renderTestEmail,
} from "../index.js";
import { renderRecoveryCodeUsedEmail, renderTwoFactorChangedEmail } from "../two-factor-emails.js";
import { de } from "./de.js";
import { en } from "./en.js";

const templatesDir = new URL("..", import.meta.url);
const templateSources = readdirSync(templatesDir)
  .filter((file) => /-emails?\.ts$/.test(file) || file === "layout.ts")
  .map((file) => readFileSync(new URL(file, templatesDir), "utf8"))
  .join("\n");

const projectName = "Aygentic Starter";
const notice = (locale: "en" | "de") => ({
  projectName,
  email: "a@example.com",
  at: new Date("2026-12-07T15:04:00Z"),
  recoveryLink: "http://x/recover-password",
  locale,
});

const renderAll = (locale: "en" | "de") => [
  renderPasswordResetEmail({ projectName, email: "a@example.com", link: "http://x/reset", validHours: 48, locale }),
  renderNewAccountEmail({ projectName, email: "a@example.com", link: "http://x/", locale }),
  renderTestEmail({ projectName, email: "a@example.com", locale }),
  renderPasswordChangedEmail({
    projectName,
    email: "a@example.com",
    changedAt: new Date("2026-12-07T15:04:00Z"),
    recoveryLink: "http://x/recover-password",
    locale,
  }),
  renderEmailChangedEmail({
    projectName,
    oldEmail: "a@example.com",
    newEmail: "b@example.org",
    revertLink: "http://x/revert-email?token=t",
    locale,
  }),
  renderTwoFactorChangedEmail(notice(locale), true),
  renderTwoFactorChangedEmail(notice(locale), false),
  renderRecoveryCodeUsedEmail(notice(locale), 9),
  renderInvitationEmail({
    projectName,
    email: "a@example.com",
    organizationName: "Acme",
    inviterEmail: "b@example.com",
    inviterName: "Bea",
    role: "admin",
    link: "http://x/invitations/accept?token=t",
    validDays: 7,
    locale,
  }),
];

describe("the e-mail catalogues", () => {
  it("use every message somewhere in the templates, by its name", () => {
    for (const [section, messages] of Object.entries(en)) {
      for (const key of Object.keys(messages)) expect(templateSources, `${section}.${key}`).toMatch(`.${key}`);
    }
  });

  it("write German e-mails with no English text left in them", () => {
    const english = Object.values(en).flatMap((messages) =>
      Object.values(messages).filter((value): value is string => typeof value === "string"),
    );
    for (const mail of renderAll("de")) {
      expect(mail.html).toContain('<html lang="de">');
      for (const text of english) {
        expect(mail.text).not.toContain(text);
        expect(mail.subject).not.toContain(text);
      }
    }
  });

  it("give dates in the reader's language, in UTC", () => {
    const when = new Date("2026-12-07T15:04:00Z");
    expect(en.common.moment(when)).toBe("2026-12-07 15:04 UTC");
    expect(de.common.moment(when)).toBe("7. Dezember 2026 um 15:04 UTC");
  });
});
