// `npm run dev`: the API with reload (tsx watch) and the Vite dev server (which proxies /api to it), with prefixed
// output; Ctrl-C or SIGTERM stops both.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const children = [
  { name: "api", color: 36, command: "node_modules/.bin/tsx", args: ["watch", "adapters/main.ts"] },
  { name: "web", color: 35, command: "node_modules/.bin/vite", args: ["--config", "web/vite.config.ts"] },
];

let stopping = false;
const running = new Set();

const prefixLines = (stream, target, label) => {
  createInterface({ input: stream }).on("line", (line) => target.write(`${label} ${line}\n`));
};

const stopAll = (signal = "SIGTERM") => {
  if (stopping) return;
  stopping = true;
  for (const child of running) child.kill(signal);
  setTimeout(() => {
    for (const child of running) child.kill("SIGKILL");
  }, 5000).unref();
};

for (const spec of children) {
  const label = `\u001b[${spec.color}m[${spec.name}]\u001b[0m`;
  const child = spawn(spec.command, spec.args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  running.add(child);
  prefixLines(child.stdout, process.stdout, label);
  prefixLines(child.stderr, process.stderr, label);
  child.on("error", (error) => {
    process.stderr.write(`${label} failed to start: ${error.message}\n`);
    stopAll();
  });
  child.on("exit", (code, signal) => {
    running.delete(child);
    process.stdout.write(`${label} exited (${signal ?? code})\n`);
    if (!stopping) {
      process.exitCode = code ?? 1;
      stopAll();
    }
    if (running.size === 0) process.exit();
  });
}

process.on("SIGINT", () => stopAll("SIGTERM"));
process.on("SIGTERM", () => stopAll("SIGTERM"));
