// Lighthouse (mobile) on the login page and on the signed-in dashboard of a running app; it starts no app itself.
// Usage: node scripts/lighthouse.mjs [--check] [--runs N] [base URL, default http://127.0.0.1:8000]
//   --check   exit 1 when accessibility or best practices is below 100 on either page. Performance is printed,
//             never asserted: it depends on how busy the machine is.
//   --runs N  audit each page N times (default 1) and print every run, then the range of each score.
// The dashboard is opened with a session cookie of FIRST_SUPERUSER / FIRST_SUPERUSER_PASSWORD (defaults: the
// local ones). Chromium: CHROME_PATH, else /usr/bin/chromium.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: "boolean", default: false }, runs: { type: "string", default: "1" } },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number above 0, not ${options.runs}`);
const base = (positionals[0] ?? "http://127.0.0.1:8000").replace(/\/$/, "");
const email = process.env.FIRST_SUPERUSER ?? "admin@example.com";
const password = process.env.FIRST_SUPERUSER_PASSWORD ?? "changethis";
const categories = ["performance", "accessibility", "best-practices"];
const asserted = ["accessibility", "best-practices"];
const label = (category) => category.replace("-", " ");

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
  if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((name) => [name, Math.round(lhr.categories[name].score * 100)]));
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
    .filter((audit) => audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
    .map((audit) => `${audit.id} (${audit.score})`);
  return { path, scores, failing };
}

const range = (values) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
};

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const results = [];
try {
  const pages = [
    { path: "/login", headers: {} },
    { path: "/", headers: { Cookie: await sessionCookie() } },
  ];
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      const result = await audit(chrome, page.path, page.headers);
      results.push(result);
      const scores = categories.map((name) => `${label(name)} ${result.scores[name]}`).join(", ");
      console.log(`${runs > 1 ? `run ${run} ` : ""}${result.path}: ${scores}`);
      if (result.failing.length > 0) console.log(`  below 1: ${result.failing.join(", ")}`);
    }
  }
} finally {
  await chrome.kill();
}

if (runs > 1) {
  for (const path of new Set(results.map((result) => result.path))) {
    const ofPage = results.filter((result) => result.path === path);
    const ranges = categories.map((name) => `${label(name)} ${range(ofPage.map((result) => result.scores[name]))}`);
    console.log(`${path} over ${runs} runs: ${ranges.join(", ")}`);
  }
}

if (options.check) {
  const below = results.flatMap((result) =>
    asserted
      .filter((name) => result.scores[name] < 100)
      .map((name) => `${result.path} ${label(name)} ${result.scores[name]}`),
  );
  if (below.length > 0) {
    console.error(`Lighthouse check failed, below 100: ${below.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log(
      "Lighthouse check passed: accessibility and best practices are 100 on every page (performance is not asserted)",
    );
  }
}
