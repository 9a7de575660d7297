import { describe, expect, it } from "vitest";
import { resetLink, verifyEmailLink } from "../reset-link.js";
import {
  maskEmail,
  renderEmailChangedEmail,
  renderNewAccountEmail,
  renderPasswordChangedEmail,
  renderPasswordResetEmail,
  renderTestEmail,
  renderVerifyEmailEmail,
} from "./index.js";

const projectName = "Aygentic Starter";
const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyQGV4YW1wbGUuY29tIn0.c2lnbmF0dXJlLV8";
const link = resetLink("http://localhost:5173/", token);
const firstLinkIn = (html: string) => html.match(/\/reset-password\?token=[^"]+/)?.[0];

describe("resetLink", () => {
  it("joins the front-end host and the reset page without a double slash", () => {
    expect(resetLink("https://app.example.com//", "abc")).toBe("https://app.example.com/reset-password?token=abc");
    expect(resetLink("https://app.example.com", "abc")).toBe("https://app.example.com/reset-password?token=abc");
  });
});

describe("password reset e-mail", () => {
  const email = renderPasswordResetEmail({ projectName, email: "ana@example.com", link, validHours: 48 });

  it("has the subject of the spec", () => {
    expect(email.subject).toBe("Aygentic Starter - Password recovery for user ana@example.com");
  });

  it("puts the link first in a double-quoted href, un-escaped", () => {
    expect(firstLinkIn(email.html)).toBe(`/reset-password?token=${token}`);
    expect(email.html).toContain(`href="${link}"`);
    expect(email.html).not.toContain("&amp;token");
  });

  it("says everything in HTML and in plain text: heading, greeting, button, raw link, validity, ignore note", () => {
    for (const part of [
      "Reset your password",
      "Hello ana@example.com,",
      "This link is valid for 48 hours.",
      "ignore",
    ]) {
      expect(email.html).toContain(part);
      expect(email.text).toContain(part);
    }
    expect(email.html).toContain(">Reset password</a>");
    expect(email.html).toContain(`>${link}</a>`);
    expect(email.text).toContain(link);
  });

  it("uses the singular for a one-hour validity", () => {
    const short = renderPasswordResetEmail({ projectName, email: "ana@example.com", link, validHours: 1 });
    expect(short.text).toContain("valid for 1 hour.");
  });

  it("refuses a link that would need escaping inside the href", () => {
    const unsafe = ['http://x/reset-password?token=a"b', "http://x/?a=1&token=b", "javascript:alert(1)"];
    for (const bad of unsafe) {
      expect(() => renderPasswordResetEmail({ projectName, email: "a@b.co", link: bad, validHours: 1 })).toThrow();
    }
  });
});

describe("every e-mail", () => {
  const hostile = { projectName: `<b>"Acme" & Co</b>`, email: "o'brien+<script>@example.com" };
  const emails = {
    reset: renderPasswordResetEmail({ ...hostile, link, validHours: 2 }),
    newAccount: renderNewAccountEmail({ ...hostile, link: "http://localhost:5173" }),
    test: renderTestEmail(hostile),
  };

  it.each(Object.entries(emails))("%s escapes every interpolated value in its HTML", (_, email) => {
    expect(email.html).not.toContain("<b>");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;b&gt;&quot;Acme&quot; &amp; Co&lt;/b&gt;");
    expect(email.html).toContain("o&#39;brien+&lt;script&gt;@example.com");
    expect(email.text).toContain(`o'brien+<script>@example.com`);
  });

  it.each(Object.entries(emails))(
    "%s is a self-contained HTML document with a title and a hidden preheader",
    (_, e) => {
      expect(e.html).toMatch(/^<!DOCTYPE html>/);
      expect(e.html).toMatch(/<title>[^<]+<\/title>/);
      expect(e.html).toMatch(/<div style="display:none;[^"]*">[^<]+/);
      expect(e.html).not.toMatch(/<link|<script|<img|<style|url\(/i);
      expect(e.html).toContain('role="presentation"');
    },
  );
});

describe("new account e-mail", () => {
  const email = renderNewAccountEmail({ projectName, email: "new@example.com", link: "http://localhost:5173" });

  it("has the subject of the spec, the username, a way in and password advice, but no password", () => {
    expect(email.subject).toBe("Aygentic Starter - New account for user new@example.com");
    expect(email.html).toContain("Welcome to Aygentic Starter");
    expect(email.html).toContain("new@example.com");
    expect(email.html).toContain('href="http://localhost:5173"');
    expect(email.html).toContain(">Go to Dashboard</a>");
    expect(email.html).toContain("Forgot your password?");
    expect(email.text).toContain("Forgot your password?");
    expect(email.text).toContain("http://localhost:5173");
    expect(email.text).not.toMatch(/password:/i);
  });
});

describe("test e-mail", () => {
  it("has the subject of the spec and names its recipient", () => {
    const email = renderTestEmail({ projectName, email: "ops@example.com" });
    expect(email.subject).toBe("Aygentic Starter - Test email");
    expect(email.html).toContain("ops@example.com");
    expect(email.text).toContain("Sent to: ops@example.com");
  });
});

describe("security notices", () => {
  const changedAt = new Date("2026-11-30T09:41:12Z");
  const passwordChanged = renderPasswordChangedEmail({
    projectName,
    email: "ana@example.com",
    changedAt,
    recoveryLink: "http://localhost:5173/recover-password",
  });
  const emailChanged = renderEmailChangedEmail({
    projectName,
    oldEmail: "ana@example.com",
    newEmail: "john.doe@example.org",
    revertLink: `http://localhost:5173/revert-email?token=${token}`,
  });

  it("have the subjects of the spec", () => {
    expect(passwordChanged.subject).toBe("Aygentic Starter - Your password was changed");
    expect(emailChanged.subject).toBe("Aygentic Starter - Your email address was changed");
  });

  it("say when the password changed and where to recover the account, in HTML and in plain text", () => {
    for (const part of ["2026-11-30 09:41 UTC", "ana@example.com", "If this was not you", "/recover-password"]) {
      expect(passwordChanged.html).toContain(part);
      expect(passwordChanged.text).toContain(part);
    }
    expect(passwordChanged.html).toContain("<title>Your password was changed - Aygentic Starter</title>");
  });

  it("name the new address only masked, in HTML, plain text and preview line", () => {
    for (const body of [emailChanged.html, emailChanged.text]) {
      expect(body).toContain("j***@example.org");
      expect(body).not.toContain("john.doe");
    }
    expect(emailChanged.html).toContain("<title>Your email address was changed - Aygentic Starter</title>");
  });

  it("carry the revert link verbatim in a double-quoted href and in the plain text", () => {
    expect(emailChanged.html).toContain(`href="http://localhost:5173/revert-email?token=${token}"`);
    expect(emailChanged.text).toContain(`http://localhost:5173/revert-email?token=${token}`);
  });

  it("mask an address down to its first character and its domain", () => {
    expect(maskEmail("john@example.com")).toBe("j***@example.com");
    expect(maskEmail("a@b.example")).toBe("a***@b.example");
    expect(maskEmail("no-at-sign")).toBe("***");
  });
});

describe("verification e-mail", () => {
  const verifyLink = verifyEmailLink("http://localhost:5173/", "a-token_9");
  const email = renderVerifyEmailEmail({ projectName, email: "ana@example.com", link: verifyLink, validHours: 1 });

  it("has its subject and the link in a double-quoted href, un-escaped, in HTML and in plain text", () => {
    expect(verifyLink).toBe("http://localhost:5173/verify-email?token=a-token_9");
    expect(email.subject).toBe("Aygentic Starter - Verify your email");
    expect(email.html.match(/\/verify-email\?token=[^"]+/)?.[0]).toBe("/verify-email?token=a-token_9");
    expect(email.html).toContain(`href="${verifyLink}"`);
    expect(email.text).toContain(verifyLink);
  });

  it("greets the address and says how long the link works", () => {
    for (const body of [email.html, email.text]) {
      expect(body).toContain("Hello ana@example.com,");
      expect(body).toContain("valid for 1 hour;");
    }
    expect(email.html).toContain("<title>Verify your email - Aygentic Starter</title>");
  });

  it("speaks German to a reader who chose it", () => {
    const german = renderVerifyEmailEmail({
      projectName,
      email: "ana@example.com",
      link: verifyLink,
      validHours: 2,
      locale: "de",
    });
    expect(german.subject).toBe("Aygentic Starter - Bestätigen Sie Ihre E-Mail-Adresse");
    expect(german.text).toContain("2 Stunden gültig");
    expect(german.html).toContain('<html lang="de">');
    expect(german.html).toContain(`href="${verifyLink}"`);
  });
});
