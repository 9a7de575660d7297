#!/usr/bin/env bash
# The resource generator end to end (docs/guides/generating-a-resource.md): in a copy of the working tree, generate
# two resources with every field type, as a user would today (their migrations sort after every existing one): a
# user-scoped one and an organisation-scoped one. Then lint, typecheck, run every Vitest test of the app once (both
# resources' tests among them) on PGlite and PostgreSQL (TEST_DATABASE_URL is required) and their Playwright specs;
# remove both and check the copy is back to where it started.
# Usage: TEST_DATABASE_URL=postgres://... bash .ci/generator-e2e.sh
set -euo pipefail
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "TEST_DATABASE_URL must name a PostgreSQL server: the generated resource is tested on both databases" >&2
  exit 1
fi
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

fields=("title:string(120)" notes:text? quantity:int? price:decimal? urgent:boolean due:date? startsAt:datetime?
  "status:enum(todo,doing,done)")

step "npm run new:resource (user scope)"
npm run --silent new:resource -- WorkOrder "${fields[@]}"

step "npm run new:resource (organisation scope)"
npm run --silent new:resource -- TeamNote "${fields[@]}" --scope organization

step "the new migrations are the newest, registered last, in the order they were generated"
newest="$(ls migrations | sort | tail -n 2 | tr '\n' ' ')"
case "$newest" in *_create_work_order.ts\ *_create_team_note.ts\ ) ;; *) echo "the generated migrations are not the newest: $newest" >&2; exit 1 ;; esac
registered="$(grep -o '"[0-9]\{14\}_[a-z_]*"' adapters/persistence/migrations.ts | tail -n 2 | tr '\n' ' ')"
case "$registered" in *_create_work_order\"\ *_create_team_note\"\ ) ;; *) echo "not registered last: $registered" >&2; exit 1 ;; esac

step "lint and typecheck with the resources"
npm run --silent lint
npm run --silent typecheck

step "every Vitest test of the app (core, adapters, web, generator), both resources' among them, on both databases"
npx vitest run core adapters web packages

step "the resources' Playwright specs"
npx playwright test -c web/playwright.config.ts work-orders.spec.ts team-notes.spec.ts

step "npm run remove:resource, both"
npm run --silent remove:resource -- TeamNote
npm run --silent remove:resource -- WorkOrder
changes="$(git status --porcelain)"
if [ -n "$changes" ]; then
  printf 'remove:resource left the tree changed:\n%s\n' "$changes"
  git diff | head -n 100
  exit 1
fi
step "done: the tree equals the original"
