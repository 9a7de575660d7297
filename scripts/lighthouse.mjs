// Lighthouse (mobile) on the login page and on the signed-in dashboard of a running app.
// Usage: node scripts/lighthouse.mjs [base URL, default http://127.0.0.1:8000]
// The dashboard is opened with a session cookie of FIRST_SUPERUSER / FIRST_SUPERUSER_PASSWORD (defaults: the
// local ones). Chromium: CHROME_PATH, else /usr/bin/chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = (process.argv[2] ?? "http://127.0.0.1:8000").replace(/\/$/, "");
const email = process.env.FIRST_SUPERUSER ?? "admin@example.com";
const password = process.env.FIRST_SUPERUSER_PASSWORD ?? "changethis";
const categories = ["performance", "accessibility", "best-practices"];

async function sessionCookie() {
  const response = await fetch(`${base}/api/v1/login/session`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ username: email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((header) => header.includes("_session="));
  if (!cookie) throw new Error("the login set no session cookie");
  return cookie.split(";")[0];
}

async function audit(chrome, path, headers) {
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
    extraHeaders: headers,
  });
  const { lhr } = result;
  const scores = Object.fromEntries(categories.map((name) => [name, Math.round(lhr.categories[name].score * 100)]));
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
    .filter((audit) => audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
    .map((audit) => `${audit.id} (${audit.score})`);
  return { path, ...scores, failing };
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const cookie = await sessionCookie();
  const results = [await audit(chrome, "/login", {}), await audit(chrome, "/", { Cookie: cookie })];
  for (const result of results) {
    console.log(
      `${result.path}: performance ${result.performance}, accessibility ${result.accessibility}, best practices ${result["best-practices"]}`,
    );
    if (result.failing.length > 0) console.log(`  below 1: ${result.failing.join(", ")}`);
  }
} finally {
  await chrome.kill();
}
