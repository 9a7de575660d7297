import { describe, expect, test } from "vitest";
import { generateSecrets, randomSecret } from "./secrets.js";

describe("secrets", () => {
  test("are long, URL-safe and never the starter's default", () => {
    const secrets = generateSecrets();
    expect(secrets.SECRET_KEY.length).toBeGreaterThanOrEqual(32);
    for (const value of Object.values(secrets)) {
      expect(value).toMatch(/^[A-Za-z0-9_-]{24,}$/);
      expect(value).not.toBe("changethis");
    }
  });

  test("differ from one call to the next", () => {
    const [first, second] = [generateSecrets(), generateSecrets()];
    expect(first.SECRET_KEY).not.toBe(second.SECRET_KEY);
    expect(first.FIRST_SUPERUSER_PASSWORD).not.toBe(second.FIRST_SUPERUSER_PASSWORD);
    expect(first.POSTGRES_PASSWORD).not.toBe(second.POSTGRES_PASSWORD);
    expect(new Set([first.SECRET_KEY, first.FIRST_SUPERUSER_PASSWORD, first.POSTGRES_PASSWORD]).size).toBe(3);
  });

  test("have 8 bits of entropy per byte asked for", () => {
    expect(Buffer.from(randomSecret(48), "base64url")).toHaveLength(48);
  });
});
