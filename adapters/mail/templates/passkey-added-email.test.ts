import { describe, expect, it } from "vitest";
import { renderPasskeyAddedEmail } from "./index.js";

describe("the passkey-added notice", () => {
  const email = renderPasskeyAddedEmail({
    projectName: "Aygentic Starter",
    email: "ana@example.com",
    passkeyName: "Ana's <b>laptop</b>",
    addedAt: new Date("2026-12-08T10:15:00Z"),
    settingsLink: "http://localhost:5173/settings",
  });

  it("says which passkey was added when, and where to remove it, in HTML and plain text", () => {
    expect(email.subject).toBe("Aygentic Starter - A passkey was added to your account");
    for (const part of ["2026-12-08 10:15 UTC", "ana@example.com", "If this was not you", "/settings"]) {
      expect(email.html).toContain(part);
      expect(email.text).toContain(part);
    }
    expect(email.text).toContain("Ana's <b>laptop</b>");
  });

  it("escapes the name the user chose", () => {
    expect(email.html).not.toContain("<b>laptop</b>");
    expect(email.html).toContain("&lt;b&gt;laptop&lt;/b&gt;");
  });

  it("speaks the recipient's language", () => {
    const german = renderPasskeyAddedEmail({
      projectName: "Aygentic Starter",
      email: "ana@example.com",
      passkeyName: "Laptop",
      addedAt: new Date("2026-12-08T10:15:00Z"),
      settingsLink: "http://localhost:5173/settings",
      locale: "de",
    });
    expect(german.subject).toBe("Aygentic Starter - Ihrem Konto wurde ein Passkey hinzugefügt");
    expect(german.text).toContain("Passkeys ansehen: http://localhost:5173/settings");
  });
});
