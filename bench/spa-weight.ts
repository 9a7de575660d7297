import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { median } from "./stats.js";

/** What one SPA page costs a cold browser: JS and CSS as transferred and as decoded, and first contentful paint. */
export interface PageWeight {
  readonly page: string;
  readonly jsWireBytes: number;
  readonly cssWireBytes: number;
  readonly jsDecodedBytes: number;
  readonly cssDecodedBytes: number;
  readonly encodings: string[];
  readonly fcpMs: number;
}

const CHROMIUM = process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium";

type Credentials = { email: string; password: string };

async function loadOnce(browser: Browser, url: string, user: Credentials | null): Promise<PageWeight> {
  const context = await browser.newContext();
  const { origin } = new URL(url);
  // The SPA's session is an HttpOnly cookie: the context logs in the way the SPA does and keeps it.
  if (user)
    await context.request.post(`${origin}/api/v1/login/session`, {
      form: { username: user.email, password: user.password },
      headers: { Origin: origin },
    });
  const page = await context.newPage();
  const assets: Promise<{ kind: string; wire: number; decoded: number; encoding: string }>[] = [];
  page.on("response", (response) => {
    const kind = response.request().resourceType();
    if (kind !== "script" && kind !== "stylesheet") return;
    assets.push(
      (async () => {
        const sizes = await response.request().sizes();
        const decoded = (await response.body()).length;
        const encoding = (await response.headerValue("content-encoding")) ?? "identity";
        return { kind, wire: sizes.responseBodySize, decoded, encoding };
      })(),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  );
  const loaded = await Promise.all(assets);
  await context.close();
  const sum = (kind: string, key: "wire" | "decoded") =>
    loaded.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset[key], 0);
  return {
    page: new URL(url).pathname,
    jsWireBytes: sum("script", "wire"),
    cssWireBytes: sum("stylesheet", "wire"),
    jsDecodedBytes: sum("script", "decoded"),
    cssDecodedBytes: sum("stylesheet", "decoded"),
    encodings: [...new Set(loaded.map((asset) => asset.encoding))],
    fcpMs,
  };
}

/** Loads /login (logged out) and /items (logged in) in headless Chromium, cold cache each time, three times each. */
export async function measureSpa(baseUrl: string, user: Credentials): Promise<PageWeight[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set BENCH_CHROMIUM)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const weights: PageWeight[] = [];
    for (const [path, auth] of [
      ["/login", null],
      ["/items", user],
    ] as const) {
      const loads: PageWeight[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) loads.push(await loadOnce(browser, `${baseUrl}${path}`, auth));
      weights.push({ ...loads[0]!, fcpMs: median(loads.map((load) => load.fcpMs)) });
    }
    return weights;
  } finally {
    await browser.close();
  }
}
