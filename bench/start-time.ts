// `npm run bench:start`: how long `npm start` takes until the health check answers, on a tree whose build is stale
// (first start: builds the API and the SPA) and then again on the unchanged tree (second start: builds nothing).
// Uses the tree's PGlite directory (.data/pglite, as `npm start` does) and free ports.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./server/free-port.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

async function timeToHealth(): Promise<number> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    METRICS_PORT: String(await freePort()),
    LOCAL_MAIL_CATCHER: "false",
  };
  const started = performance.now();
  // Its own process group, so the SIGTERM reaches the server behind npm and sh.
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  try {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/api/v1/utils/health-check/`).catch(() => null);
      if (answer?.status === 200) return (performance.now() - started) / 1000;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    process.kill(-(child.pid as number), "SIGTERM");
    await exited;
  }
}

rmSync(join(root, "dist/.build-stamp"), { force: true });
rmSync(join(root, "web/dist/.build-stamp"), { force: true });
const first = await timeToHealth();
const second = await timeToHealth();
const load = loadavg().map((value) => value.toFixed(2));
process.stdout.write(
  `npm start to health: first (stale build) ${first.toFixed(1)} s, second (unchanged tree) ${second.toFixed(1)} s; load ${load.join(" ")}\n`,
);
