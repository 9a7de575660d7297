import { describe, expect, it } from "vitest";
import { passkeyPrompt } from "./passkey-prompt.js";

const failing = (error: unknown) => () => Promise.reject(error);

describe("passkeyPrompt", () => {
  it("gives the prompt's answer", async () => {
    expect(await passkeyPrompt(() => Promise.resolve("signed"))).toBe("signed");
  });

  it("says in the user's words that the prompt was closed or failed", async () => {
    const cancelled = Object.assign(new Error("The operation either timed out or was not allowed."), {
      name: "NotAllowedError",
      code: "ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY",
    });
    await expect(passkeyPrompt(failing(cancelled))).rejects.toThrow(
      "The passkey prompt was closed or did not succeed. Try again.",
    );
  });

  it("says when the device already holds one of the user's passkeys", async () => {
    const known = Object.assign(new Error("already registered"), { code: "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" });
    await expect(passkeyPrompt(failing(known))).rejects.toThrow("This device already holds one of your passkeys.");
  });
});
