import { Argon2PasswordHasher } from "../adapters/security/argon2-password-hasher.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../adapters/testing/test-app.js";
import { median } from "./stats.js";

// The dummy-hash guard, measured: a login for an unknown address must not be measurably faster than one for a
// known address with a wrong password, or the timing reveals who has an account. Run: npx tsx bench/login-timing.ts
// (exits 1 when the median ratio leaves 0.8–1.25).

const ROUNDS = 15;

async function timedLogin(app: TestApp, username: string): Promise<number> {
  const started = performance.now();
  const response = await app.call("POST", "/api/v1/login/access-token", {
    form: { username, password: "not-the-password" },
  });
  if (response.status !== 400) throw new Error(`expected 400, got ${response.status}`);
  return performance.now() - started;
}

const app = await startTestApp({ hasher: new Argon2PasswordHasher({ maxConcurrentHashes: 2 }) });
try {
  const known = (await signUpAndLogIn(app)).email;
  await timedLogin(app, known);
  await timedLogin(app, "warm-up@example.com");
  // Paired rounds in alternating order, compared by the median of per-round ratios: on a shared, loaded machine
  // this cancels the drift that two separately taken medians would pick up.
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const unknown = `nobody-${round}@example.com`;
    if (round % 2 === 0) {
      const knownTime = await timedLogin(app, known);
      ratios.push((await timedLogin(app, unknown)) / knownTime);
    } else {
      const unknownTime = await timedLogin(app, unknown);
      ratios.push(unknownTime / (await timedLogin(app, known)));
    }
  }
  const ratio = median(ratios);
  const ok = ratio >= 0.8 && ratio <= 1.25;
  console.log(
    `unknown / known login time, median of ${ROUNDS} paired rounds: ${ratio.toFixed(3)} ${ok ? "ok" : "OUT OF 0.8–1.25"}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.close();
}
