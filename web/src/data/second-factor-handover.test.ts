import { afterEach, describe, expect, it } from "vitest";
import { secondFactorHandedOver } from "./second-factor-handover.js";

describe("secondFactorHandedOver", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("reads the step an identity provider's sign-in handed over, and drops it from the address", () => {
    window.history.replaceState(null, "", "/login?x=1#mfa_token=abc.def&methods=totp,recovery_code");
    expect(secondFactorHandedOver()).toEqual({ mfaToken: "abc.def", methods: ["totp", "recovery_code"] });
    expect(window.location.href).toBe(`${window.location.origin}/login?x=1`);
  });

  it("is null without a token, leaving the address as it is", () => {
    window.history.replaceState(null, "", "/login#methods=totp");
    expect(secondFactorHandedOver()).toBeNull();
    expect(window.location.hash).toBe("#methods=totp");
  });
});
