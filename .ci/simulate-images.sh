#!/usr/bin/env bash
# Replays the RUN/COPY steps of Dockerfile and web/Dockerfile on this machine (Debian 12, like the
# bookworm-slim base) with the images' Node 24 (.ci/ensure-node24.sh) in a scratch folder, without Docker, then runs the result like the containers would:
# the API as a non-root user against PostgreSQL (prestart, health, readiness, login, SPA, SIGTERM) and the SPA
# build behind web/nginx.conf. Slow (two clean `npm ci`), so it is a manual check, not part of .ci/run.
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), nginx, curl, rsync. Usage: bash .ci/simulate-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$(mktemp -d /tmp/simulate-images.XXXXXX)"
chmod 755 "$work"
node24="$(bash .ci/ensure-node24.sh)"
# A copy the unprivileged user can run; node-gyp compiles argon2 against the headers instead of downloading them.
install -D -m 0755 "$node24/bin/node" "$work/node/bin/node"
PATH="$work/node/bin:$PATH"
export PATH npm_config_nodedir="$node24"
node --version
api_port="${SIMULATE_API_PORT:-18000}"
web_port="${SIMULATE_WEB_PORT:-18080}"
database="aygentic_image_probe"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS ${database} WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n=== %s ===\n' "$*"; }
check() {
  if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; exit 1; fi
}

for port in "$api_port" "$web_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use" >&2; exit 1; fi
done

step "build context (.dockerignore applied)"
excludes=()
while IFS= read -r line; do
  line="${line%%#*}"
  line="$(echo "$line" | xargs)"
  [ -n "$line" ] && excludes+=("--exclude=${line#\*\*/}")
done <.dockerignore
mkdir -p "$work/context"
rsync -a "${excludes[@]}" ./ "$work/context/"
for secret in .env .data .git node_modules; do
  check "context has no $secret" "[ ! -e '$work/context/$secret' ]"
done

step "API: deps (npm ci with install scripts, argon2 compiles)"
mkdir -p "$work/api"
cp "$work/context/package.json" "$work/context/package-lock.json" "$work/api/"
(cd "$work/api" && npm ci --no-audit --no-fund --loglevel=error)

step "API: dev + build (npm run build)"
rsync -a "$work/context/" "$work/api/"
(cd "$work/api" && npm run build >/dev/null)
check "dist/adapters/main.js built" "[ -f '$work/api/dist/adapters/main.js' ]"
check "web/dist/index.html built" "[ -f '$work/api/web/dist/index.html' ]"

step "API: prod-deps (npm prune --omit=dev) and the runtime stage"
mkdir -p "$work/prod-deps"
cp "$work/api/package.json" "$work/api/package-lock.json" "$work/prod-deps/"
cp -a "$work/api/node_modules" "$work/prod-deps/"
(cd "$work/prod-deps" && npm prune --omit=dev --no-audit --no-fund --loglevel=error)
runtime="$work/runtime"
mkdir -p "$runtime/web" "$runtime/.data"
cp -a "$work/prod-deps/node_modules" "$runtime/node_modules"
cp "$work/api/package.json" "$runtime/"
cp -a "$work/api/dist" "$runtime/dist"
cp -a "$work/api/web/dist" "$runtime/web/dist"
chown -R nobody:nogroup "$runtime/.data"
check "no devDependency in the runtime stage (vite, vitest, typescript)" \
  "[ ! -e '$runtime/node_modules/vite' ] && [ ! -e '$runtime/node_modules/vitest' ] && [ ! -e '$runtime/node_modules/typescript' ]"
du -sh "$runtime/node_modules" "$runtime/dist" "$runtime/web/dist"

step "API: run as a non-root user against PostgreSQL"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS ${database} WITH (FORCE)" \
  -c "CREATE DATABASE ${database}"
# Replaces the calling (sub)shell, so `as_container ... &` leaves $! = the node process itself.
as_container() {
  cd "$runtime" && exec env -i PATH="$PATH" NODE_ENV=production HOST=127.0.0.1 PORT="$api_port" \
    WEB_DIST="$runtime/web/dist" ENVIRONMENT=production PROJECT_NAME="Aygentic Starter" \
    SECRET_KEY=simulated-secret-key-0123456789-abcdef FIRST_SUPERUSER=admin@example.com \
    FIRST_SUPERUSER_PASSWORD=simulated-password FRONTEND_HOST=https://dashboard.example.com \
    DATABASE_URL="postgres://postgres@127.0.0.1:5432/${database}" LOG_LEVEL=warn \
    setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
}
(as_container node dist/adapters/main.js prestart)
echo "ok   prestart exited 0"
(as_container node dist/adapters/main.js prestart)
echo "ok   prestart is idempotent"
as_container node dist/adapters/main.js &
pids+=($!)
api_pid=$!
api="http://127.0.0.1:$api_port"
for _ in $(seq 1 100); do curl -sf "$api/api/v1/utils/health-check/" >/dev/null && break; sleep 0.2; done
check "health check answers true" "[ \"\$(curl -s $api/api/v1/utils/health-check/)\" = true ]"
check "readiness answers true" "[ \"\$(curl -s $api/api/v1/utils/ready/)\" = true ]"
check "the image's HEALTHCHECK command passes" \
  "node -e \"fetch('$api/api/v1/utils/health-check/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))\""
token="$(curl -s -X POST "$api/api/v1/login/access-token" -d username=admin@example.com -d password=simulated-password |
  node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')"
check "the seeded superuser logs in" "curl -sf $api/api/v1/users/me -H 'Authorization: Bearer $token' | grep -q '\"is_superuser\":true'"
curl -s -o "$work/page.html" "$api/items" -H 'Accept: text/html'
check "the SPA is served for client routes" "grep -q '<div id=\"root\">' '$work/page.html'"
curl -s -D "$work/headers.txt" -o /dev/null "$api/api/v1/utils/health-check/"
check "HSTS is sent outside local" "grep -qi strict-transport-security '$work/headers.txt'"
check "the server runs as nobody" "[ \"\$(ps -o user= -p $api_pid)\" = nobody ]"
kill -TERM "$api_pid"
wait "$api_pid" && status=0 || status=$?
check "SIGTERM stops the server cleanly (exit $status)" "[ $status -eq 0 ]"

step "web: build (npm ci --ignore-scripts, vite build with VITE_API_URL)"
mkdir -p "$work/web"
cp "$work/context/package.json" "$work/context/package-lock.json" "$work/web/"
(cd "$work/web" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
rsync -a "$work/context/web" "$work/web/"
(cd "$work/web" && VITE_API_URL=https://api.example.com VITE_PROJECT_NAME="Aygentic Starter" \
  npx vite build --config web/vite.config.ts >/dev/null)
check "the API URL is baked into the bundle" "grep -rq 'https://api.example.com' '$work/web/web/dist/assets'"

step "web: nginx runtime with web/nginx.conf"
chmod -R a+rX "$work/web/web/dist"
sed -e "s#/tmp/#$work/#g" -e "s#/usr/share/nginx/html#$work/web/web/dist#" \
  -e "s#listen 8080;#listen 127.0.0.1:$web_port;#" -e "s#access_log /dev/stdout;#access_log off;#" \
  web/nginx.conf >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
web="http://127.0.0.1:$web_port"
for _ in $(seq 1 50); do curl -s -o /dev/null "$web/healthz" && break; sleep 0.1; done
asset="$(grep -o '/assets/[^"]*\.js' "$work/web/web/dist/index.html" | head -n 1)"
check "index.html names a hashed asset ($asset)" "[ -n '$asset' ]"
check "the hashed asset is served gzipped with a one-year cache" \
  "curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' $web$asset | tr -d '\r' | grep -qi 'content-encoding: gzip' &&
   curl -sI $web$asset | grep -qi 'max-age=31536000, immutable'"
curl -s -i -o "$work/admin.txt" "$web/admin"
check "a client route gets the SPA with no-cache" \
  "tr -d '\r' <'$work/admin.txt' | grep -qi '^cache-control: no-cache' && grep -q '<div id=\"root\">' '$work/admin.txt'"
echo
echo "The images' steps replay cleanly on this machine (no Docker engine: base images not pulled, nothing built by Docker)."
