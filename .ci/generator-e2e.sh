#!/usr/bin/env bash
# The resource generator end to end (docs/guides/generating-a-resource.md): in a copy of the working tree, generate a
# resource with every field type, then lint, typecheck, run its unit, contract and HTTP tests (PGlite, and PostgreSQL
# when TEST_DATABASE_URL is set) and its Playwright spec; remove it and check the copy is back to where it started.
# Usage: bash .ci/generator-e2e.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/generator-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
step() { printf -- '--- %s (%d s)\n' "$*" "$(($(date +%s) - started))"; }

step "copy the working tree (tracked and new files) to $work, node_modules linked"
(cd "$repo" && git ls-files --cached --others --exclude-standard -z |
  while IFS= read -r -d '' path; do if [ -e "$path" ]; then printf '%s\0' "$path"; fi; done | xargs -0 cp --parents -t "$work")
ln -s "$repo/node_modules" "$work/node_modules"
cd "$work"
git init -q && git add -A && git -c user.name=ci -c user.email=ci@example.invalid commit -qm "before" --no-verify

step "npm run new:resource"
npm run --silent new:resource -- WorkOrder "title:string(120)" notes:text? quantity:int? price:decimal? \
  urgent:boolean due:date? startsAt:datetime? "status:enum(todo,doing,done)"

step "lint and typecheck with the resource"
npm run --silent lint
npm run --silent typecheck

step "the resource's unit, contract and HTTP tests"
npx vitest run --project backend core/work-orders adapters/contracts/work-order-repository.contract.test.ts \
  adapters/http/work-orders.test.ts

step "the resource's Playwright spec"
npx playwright test -c web/playwright.config.ts work-orders.spec.ts

step "npm run remove:resource"
npm run --silent remove:resource -- WorkOrder
changes="$(git status --porcelain)"
if [ -n "$changes" ]; then
  printf 'remove:resource left the tree changed:\n%s\n' "$changes"
  git diff | head -n 100
  exit 1
fi
step "done: the tree equals the original"
