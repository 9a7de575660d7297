import { describe, expect, it } from "vitest";
import { renderRecoveryCodeUsedEmail, renderTwoFactorChangedEmail } from "./two-factor-emails.js";

const input = {
  projectName: "Aygentic Starter",
  email: "ana<script>@example.com",
  at: new Date("2026-12-08T09:41:00Z"),
  recoveryLink: "http://localhost:5173/recover-password",
};

describe("two-factor notices", () => {
  it("say whether two-factor authentication went on or off, when, and how to recover", () => {
    const on = renderTwoFactorChangedEmail(input, true);
    const off = renderTwoFactorChangedEmail(input, false);
    expect(on.subject).toBe("Aygentic Starter - Two-factor authentication turned on");
    expect(off.subject).toBe("Aygentic Starter - Two-factor authentication turned off");
    expect(off.text).toContain("was turned off on 2026-12-08 09:41 UTC");
    expect(off.html).toContain('href="http://localhost:5173/recover-password"');
    expect(off.html).not.toContain("<script>");
  });

  it("tell how many recovery codes are left after one was used", () => {
    const one = renderRecoveryCodeUsedEmail(input, 1);
    expect(one.subject).toBe("Aygentic Starter - A recovery code was used");
    expect(one.text).toContain("You have 1 unused recovery code left");
    expect(renderRecoveryCodeUsedEmail(input, 0).text).toContain("You have 0 unused recovery codes left");
  });
});
