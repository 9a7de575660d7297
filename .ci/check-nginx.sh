#!/usr/bin/env bash
# Checks web/nginx.conf with Debian's nginx: `nginx -t`, then serves a fake SPA build with it and asserts the SPA
# fallback, the cache headers, gzip, the health URL, the CSP and HSTS, and an access log without query strings.
# No Docker needed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nginx >/dev/null 2>&1; then
  # Debian starts services on install unless policy-rc.d says no; the check must not leave a server on port 80.
  added_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && added_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
  if [ -n "$added_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
nginx -v

nginx -t -c "$PWD/web/nginx.conf"

work="$(mktemp -d)"
port="${NGINX_CHECK_PORT:-18089}"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/html/assets"
echo '<!doctype html><title>spa-index</title><script src="/assets/app-3f9a1c.js"></script>' >"$work/html/index.html"
# Large enough to pass gzip_min_length.
for _ in $(seq 1 200); do echo 'console.log("a hashed asset of the SPA build");'; done >"$work/html/assets/app-3f9a1c.js"
chmod -R a+rX "$work"

# Same config, moved into the scratch folder: pid and temp files, web root, and a loopback port.
sed -e "s#/tmp/#$work/#g" -e "s#/usr/share/nginx/html#$work/html#" -e "s#listen 8080;#listen 127.0.0.1:$port;#" \
  -e "s#access_log /dev/stdout #access_log $work/access.log #" -e "s#__API_ORIGIN__#https://api.example.com#" \
  web/nginx.conf >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done

failures=0
expect() {
  local what="$1" path="$2" pattern="$3"
  shift 3
  local response
  response="$(curl -s -i "$@" "http://127.0.0.1:$port$path" | tr -d '\r\0')"
  if grep -qiE "$pattern" <<<"$response"; then
    echo "ok   $what"
  else
    echo "FAIL $what: no /$pattern/ in the response to $path"
    failures=$((failures + 1))
  fi
}

expect "health URL answers 200" /healthz '^HTTP/1.1 200'
expect "a client route falls back to index.html" /items 'spa-index'
expect "a deep client route with a query falls back" '/reset-password?token=abc' 'spa-index'
expect "index.html is served with no-cache" /admin '^cache-control: no-cache'
expect "the root page is served with no-cache" / '^cache-control: no-cache'
expect "hashed assets are cached for a year" /assets/app-3f9a1c.js '^cache-control: public, max-age=31536000, immutable'
expect "hashed assets are gzipped" /assets/app-3f9a1c.js '^content-encoding: gzip' -H 'Accept-Encoding: gzip'
expect "a missing asset is a 404, not the SPA" /assets/missing-000000.js '^HTTP/1.1 404'
expect "security headers are sent" /items '^x-content-type-options: nosniff'
csp="^content-security-policy: default-src 'self'; script-src 'self';.*connect-src 'self' https://api\.example\.com;"
expect "the SPA gets the API's CSP, naming the API origin" /items "$csp.*frame-ancestors 'none'"
expect "index.html gets the CSP too" / "$csp"
expect "HSTS is sent with the SPA" /items '^strict-transport-security: max-age=31536000; includeSubDomains'
expect "HSTS is sent with hashed assets" /assets/app-3f9a1c.js '^strict-transport-security: max-age=31536000'

# The access log keeps the path but never the query string nor the Referer (a reset token rides in both).
curl -s -o /dev/null -e 'https://dashboard.example.com/reset-password?token=referer-secret' \
  "http://127.0.0.1:$port/reset-password?token=query-secret"
logged=""
for _ in $(seq 1 20); do
  logged="$(cat "$work/access.log" 2>/dev/null || true)"
  grep -q '/reset-password' <<<"$logged" && break
  sleep 0.1
done
if grep -q 'GET /reset-password HTTP' <<<"$logged" && ! grep -qE 'query-secret|referer-secret|token=' <<<"$logged"; then
  echo "ok   the access log has the path without the token"
else
  echo "FAIL the access log lost the path or kept a token: $logged"
  failures=$((failures + 1))
fi

echo "$((14 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
