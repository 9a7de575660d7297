import { describe, expect, it } from "vitest";
import { AesGcmSecretBox } from "./aes-gcm-secret-box.js";

describe("AES-GCM secret box", () => {
  const box = new AesGcmSecretBox("a-secret-key-for-tests");

  it("opens what it sealed, and seals the same value differently each time", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(box.seal("JBSWY3DPEHPK3PXP")).not.toBe(sealed);
    expect(box.open(sealed)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a value sealed under another key, an altered one, and garbage", () => {
    const sealed = box.seal("JBSWY3DPEHPK3PXP");
    expect(new AesGcmSecretBox("another-key").open(sealed)).toBeNull();
    const [version, iv, ciphertext, tag] = sealed.split(".");
    const flipped = `${ciphertext?.[0] === "A" ? "B" : "A"}${ciphertext?.slice(1)}`;
    expect(box.open([version, iv, flipped, tag].join("."))).toBeNull();
    expect(box.open("v1.abc.def")).toBeNull();
    expect(box.open("not sealed")).toBeNull();
  });
});
