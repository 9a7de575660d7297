import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

describe("GET /redoc", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ hasher: new FastPasswordHasher() });
  });
  afterAll(() => app?.close());

  it("loads one pinned ReDoc release with subresource integrity, and the CSP allows only that file", async () => {
    const page = await app.call("GET", "/redoc");
    const script =
      /<script src="([^"]+)" integrity="(sha384-[A-Za-z0-9+/]{64})" crossorigin="anonymous"><\/script>/.exec(page.body);
    expect(script?.[1]).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/redoc@\d+\.\d+\.\d+\/bundles\/redoc\.standalone\.js$/,
    );
    const scriptSrc = page.headers
      .get("content-security-policy")
      ?.split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${script?.[1]}`);
  });
});
