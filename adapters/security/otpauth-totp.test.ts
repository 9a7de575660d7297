import { TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { OtpauthTotp } from "./otpauth-totp.js";

const totp = new OtpauthTotp();
const codeAt = (secret: string, at: Date) => new TOTP({ secret }).generate({ timestamp: at.getTime() });

describe("TOTP with otpauth", () => {
  const secret = totp.newSecret();
  const now = new Date("2026-12-08T10:00:15Z");
  const step = Math.floor(now.getTime() / 30_000);

  it("names the code's step, one step of drift each way, and nothing further", () => {
    expect(totp.matchingStep(secret, codeAt(secret, now), now)).toBe(step);
    expect(totp.matchingStep(secret, codeAt(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(totp.matchingStep(secret, codeAt(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(totp.matchingStep(secret, codeAt(secret, new Date(now.getTime() - 60_000)), now)).toBeNull();
    expect(totp.matchingStep(secret, "12345", now)).toBeNull();
  });

  it("writes a SHA-1, 6-digit, 30 s URI with the issuer and the account", () => {
    const uri = new URL(totp.uri(secret, { issuer: "Aygentic Starter", account: "ann@example.com" }));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("algorithm")).toBe("SHA1");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("issuer")).toBe("Aygentic Starter");
  });

  it("makes recovery codes of at least ten characters, all different", () => {
    const codes = Array.from({ length: 50 }, () => totp.newRecoveryCode());
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code.replace(/-/g, "").length).toBeGreaterThanOrEqual(10);
  });
});
