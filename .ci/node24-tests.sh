#!/usr/bin/env bash
# Runs the backend Vitest project (unit, contract, HTTP and .ci suites) on Node 24 LTS, the Node of the images, when
# this machine's Node is older; the main run (`npm test`) stays on the machine's Node. Usage: bash .ci/node24-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."

machine="$(node --version)"
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 24 ]; then
  echo "Node $machine is 24 or newer: the main test run already covers it"
  exit 0
fi
PATH="$(bash .ci/ensure-node24.sh)/bin:$PATH"
export PATH
echo "node $(node --version) for this step (the machine's: $machine)"

# argon2 is an N-API addon: the build made for the machine's Node loads unchanged under Node 24, so node_modules
# is shared with the main run. A native addon that is not N-API would fail here, before the suites, with its name.
node -e '
  const argon2 = require("argon2");
  argon2.hash("probe").then((hash) => argon2.verify(hash, "probe")).then((ok) => {
    if (!ok) throw new Error("argon2 verify failed under Node " + process.version);
    console.log("argon2 loads and verifies under Node " + process.version);
  });'

started=$(date +%s)
node node_modules/vitest/vitest.mjs run --project backend
echo "backend suites on Node $(node --version): $(($(date +%s) - started)) s"
