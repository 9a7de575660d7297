// Sums the gzip size of the JavaScript a first visit to /login downloads: the entry that index.html loads plus the
// chunks of the auth layout and login routes, with everything they import statically. Run after `vite build`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const LIMIT_BYTES = 50 * 1024;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, "utf8"));

const roots = ["index.html", "src/routes/auth-layout.tsx", "src/routes/login.tsx"];
const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
roots.forEach(visit);

let total = 0;
for (const file of [...files].filter((name) => name.endsWith(".js")).sort()) {
  const size = gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} KB  ${file}`);
}
console.log(`${(total / 1024).toFixed(2).padStart(8)} KB  total gzip JavaScript for /login (limit 50 KB)`);
if (total > LIMIT_BYTES) process.exitCode = 1;
