// `npm run bench:series`: 1,000 mixed requests (valid and invalid, known and unknown ids, SPA and 404 paths, logins
// right and wrong) against the app with metrics on, then counts the series /metrics exposes. Labelling by route
// template keeps the count bounded: more distinct ids or paths must not add series.
import { randomUUID } from "node:crypto";
import { type Sample, scrape } from "../adapters/observability/testing/prometheus-text.js";
import { signUpAndLogIn, startTestApp } from "../adapters/testing/test-app.js";

const app = await startTestApp({ env: { METRICS_ENABLED: "true", METRICS_PORT: "0" } });
const user = await signUpAndLogIn(app);
const token = user.token;
const ids: string[] = [];

const mix: ((n: number) => Promise<unknown>)[] = [
  () => app.call("GET", "/api/v1/items/", { token }),
  (n) => app.call("POST", "/api/v1/items/", { token, json: { title: `item ${n}` } }),
  () => app.call("GET", `/api/v1/items/${ids[ids.length - 1] ?? randomUUID()}`, { token }),
  () => app.call("GET", `/api/v1/items/${randomUUID()}`, { token }),
  () => app.call("GET", "/api/v1/items/not-a-uuid", { token }),
  () => app.call("PUT", `/api/v1/items/${randomUUID()}`, { token, json: { title: "x" } }),
  () => app.call("GET", "/api/v1/users/me", { token }),
  () => app.call("GET", "/api/v1/users/me"),
  () => app.call("POST", "/api/v1/items/", { token, json: { title: "" } }),
  () => app.call("GET", `/no/such/page/${randomUUID()}`),
  () => app.call("GET", `/dashboard/${randomUUID()}`),
  () => app.call("GET", "/api/v1/utils/health-check/"),
  () => app.call("GET", "/api/v1/utils/ready/"),
  () => app.call("GET", "/api/v1/openapi.json"),
  () => app.call("DELETE", "/api/v1/utils/health-check/"),
];
const logins = [
  () => app.call("POST", "/api/v1/login/access-token", { form: { username: user.email, password: user.password } }),
  () => app.call("POST", "/api/v1/login/access-token", { form: { username: user.email, password: "wrong-one" } }),
];

const started = performance.now();
for (let n = 0; n < 1_000; n += 1) {
  const answer = (await (n % 50 === 0 ? logins[(n / 50) % 2] : mix[n % mix.length])?.(n)) as { body?: { id?: string } };
  if (answer?.body?.id) ids.push(answer.body.id);
}
const seconds = (performance.now() - started) / 1000;
const samples = await scrape(app.metricsUrl ?? "");
await app.close();

const count = (keep: (sample: Sample) => boolean) => samples.filter(keep).length;
const routes = new Set(samples.filter((s) => s.name === "http_requests_total").map((s) => s.labels.route));
const lines = [
  `1,000 mixed requests in ${seconds.toFixed(1)} s`,
  `samples exposed: ${samples.length}`,
  `http_requests_total series: ${count((s) => s.name === "http_requests_total")}`,
  `http_request_duration_seconds series (buckets, sum, count): ${count((s) => s.name.startsWith("http_request_duration_seconds"))}`,
  `route labels: ${[...routes].sort().join(", ")}`,
];
process.stdout.write(`${lines.join("\n")}\n`);
