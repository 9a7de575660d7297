import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

describe("the built SPA served by the API", () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), "aygentic-web-dist-"));
    await mkdir(join(dist, "assets"));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>SPA</title><div id=root></div>");
    await writeFile(join(dist, "assets", "app.js"), "console.log('spa');");
    // Decompresses to other text than app.js, so a test can tell the build's copy from compression on the fly.
    await writeFile(join(dist, "assets", "app.js.br"), brotliCompressSync("console.log('precompressed');"));
    await writeFile(join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    app = await startTestApp({ env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (path: string, accept: string, method = "GET", encoding = "identity") =>
    fetch(`${app.baseUrl}${path}`, { method, headers: { accept, "accept-encoding": encoding } });

  it("serves index.html at the root and static files by path", async () => {
    const root = await get("/", "text/html");
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("<title>SPA</title>");
    const script = await get("/assets/app.js", "*/*");
    expect(script.headers.get("content-type")).toMatch(/javascript/);
  });

  it("falls back to index.html for client-side routes requested as HTML", async () => {
    for (const path of ["/items", "/admin/users", "/reset-password"]) {
      const response = await get(path, "text/html,application/xhtml+xml");
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>SPA</title>");
    }
    expect((await get("/items", "text/html", "HEAD")).status).toBe(200);
  });

  it("lets browsers keep the hashed assets for a year and revalidate everything else", async () => {
    expect((await get("/assets/app.js", "*/*")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    for (const response of [
      await get("/", "text/html"),
      await get("/items", "text/html"),
      await get("/favicon.svg", "image/*"),
    ]) {
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("sends the build's brotli copy of a file to a browser that accepts it, and the file itself otherwise", async () => {
    const brotli = await get("/assets/app.js", "*/*", "GET", "br, gzip");
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("content-type")).toMatch(/javascript/);
    expect(brotli.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(await brotli.text()).toBe("console.log('precompressed');");
    const plain = await get("/assets/app.js", "*/*");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe("console.log('spa');");
  });

  it("keeps JSON 404s for non-HTML requests, other methods and API paths", async () => {
    for (const response of [
      await get("/items", "application/json"),
      await get("/items", "text/html", "POST"),
      await get("/api/v1/nothing", "text/html"),
      await get("/assets/missing.js", "*/*"),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "Not Found" });
    }
  });

  it("still serves the API and the docs", async () => {
    expect((await get("/api/v1/utils/health-check/", "application/json")).status).toBe(200);
    expect(await (await get("/docs", "text/html")).text()).toContain("swagger-ui");
  });
});
