import { describe, expect, it } from "vitest";
import { HmacRefreshTokenSeal } from "./refresh-token-seal.js";

const seal = new HmacRefreshTokenSeal("a-signing-key-of-at-least-32-chars");

describe("RefreshTokenSeal", () => {
  it("opens what it sealed to the same inner token", () => {
    expect(seal.open(seal.seal("session-id.secret"))).toBe("session-id.secret");
  });

  it("refuses a token it did not seal: unsigned, altered, or sealed with another key", () => {
    const sealed = seal.seal("session-id.secret");
    expect(seal.open("session-id.secret")).toBeNull();
    expect(seal.open(sealed.replace("secret", "secreT"))).toBeNull();
    expect(seal.open(`${sealed}x`)).toBeNull();
    expect(
      seal.open(new HmacRefreshTokenSeal("another-key-of-at-least-32-chars!").seal("session-id.secret")),
    ).toBeNull();
    expect(seal.open("")).toBeNull();
    expect(seal.open(".")).toBeNull();
  });
});
